using Ballast.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Organisation;

[Authorize(Roles = Roles.SecurityAdmin + "," + Roles.SystemAdmin + "," + Roles.ProgrammeOffice)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Unit Unit, int Depth, Unit? Parent, int Users);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var units = await db.Units.AsNoTracking().ToListAsync();
        var byId = units.ToDictionary(u => u.Id);
        var counts = await db.Users.GroupBy(u => u.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UnitId, x => x.Count);
        Rows = [.. UnitOutline.Of(units).Select(x => new Row(x.Unit, x.Depth,
            x.Unit.ParentId is int p ? byId.GetValueOrDefault(p) : null, counts.GetValueOrDefault(x.Unit.Id)))];
    }
}
