using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Organisation;

[Authorize(Policy = Policies.ManageUsers)]
public sealed class UsersModel(AppDbContext db) : PageModel
{
    public const int Limit = 500;

    public sealed record Row(AppUser User, IReadOnlyList<string> Roles, bool LockedOut);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var q = db.Users.AsNoTracking().Include(u => u.Unit).AsQueryable();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            q = q.Where(u => u.UserName!.Contains(text) || u.DisplayName.Contains(text));
        }
        var users = await q.OrderBy(u => u.UserName).Take(Limit).ToListAsync();
        var ids = users.Select(u => u.Id).ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync())
            .ToLookup(x => x.UserId, x => x.Name!);
        var now = db.Time.GetUtcNow();
        Rows = [.. users.Select(u => new Row(u, [.. Roles.All.Where(r => roles[u.Id].Contains(r))],
            u.LockoutEnd is { } end && end > now))];
    }
}
