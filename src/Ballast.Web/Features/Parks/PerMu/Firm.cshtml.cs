using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>A firm's per-mu results over the years, each point explained. Readable by whoever reads the firm or one of
/// the runs that evaluated it (a park evaluates its members wherever the registry keeps them).</summary>
public sealed class PerMuFirmModel(AppDbContext db) : PageModel
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Uscc { get; private set; }
    public List<FirmYearResult> Results { get; private set; } = [];
    /// <summary>The projects the firm invests in, as far as the reader may see them: each leads to its whole thread.</summary>
    public List<(int Id, string Name)> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Results = await PerMuQuery.OfFirmAsync(db, id);
        var firm = await db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => e.Id == id).Select(e => new { e.Name, e.Uscc }).SingleOrDefaultAsync();
        if (firm is null || (Results.Count == 0 && !await db.Enterprises.AnyAsync(e => e.Id == id)))
        {
            return NotFound();
        }
        (Id, Name, Uscc) = (id, firm.Name, firm.Uscc);
        var projects = await db.Projects.AsNoTracking().Where(p => p.InvestorEnterpriseId == id && p.MergedIntoId == null)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).ToListAsync();
        Projects = projects.ConvertAll(p => (p.Id, p.Name));
        return Page();
    }
}
