using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>A building: its facts, its firms with the tax each reported, the year's roll-up over three years,
/// and the figures entered for the building as a whole (marked as entered, with their source).</summary>
public sealed class BuildingDetailsModel(AppDbContext db, UserScope scope) : PageModel
{
    public sealed record Firm(int Id, string Name, string? Uscc, decimal? Tax, bool IsDemo);

    public BuildingRow Building { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<Firm> Firms { get; private set; } = [];
    public IReadOnlyList<(int Year, BuildingTax Tax)> History { get; private set; } = [];
    public IReadOnlyList<BuildingYear> Entered { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? year)
    {
        Year = ProgrammeYear.Resolve(HttpContext, year);
        var row = (await new BuildingQuery().RunAsync(db, Year, id)).SingleOrDefault();
        if (row is null)
        {
            return NotFound();
        }
        Building = row;
        CanWrite = scope.CanWrite(row.OwnerUnitId);
        var y = Year;
        Firms = await db.Enterprises.AsNoTracking().Where(e => e.BuildingId == id).OrderBy(e => e.Name)
            .Select(e => new Firm(e.Id, e.Name, e.Uscc, db.EnterpriseYears.Where(x => x.EnterpriseId == e.Id && x.Year == y).Select(x => x.TaxPaid).FirstOrDefault(), e.IsDemo))
            .ToListAsync();
        var history = new List<(int, BuildingTax)>();
        for (var past = Year - 2; past <= Year; past++)
        {
            history.Add((past, (await BuildingTaxes.ForYearAsync(db, past, [id])).Of(id)));
        }
        History = history;
        Entered = await db.BuildingYears.AsNoTracking().Where(b => b.BuildingId == id).OrderByDescending(b => b.Year).ToListAsync();
        return Page();
    }
}
