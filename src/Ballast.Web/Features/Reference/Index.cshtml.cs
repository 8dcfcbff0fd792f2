using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Reference;

/// <summary>Reference data, one tab at a time (the tab is in the URL so a view can be shared).
/// The system administrator edits; the programme office reads.</summary>
[Authorize(Roles = Roles.SystemAdmin + "," + Roles.ProgrammeOffice)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public static readonly IReadOnlyList<string> TabKeys = ["chains", "groups", "regions", "industries", "emerging"];

    public sealed record GroupRow(IndustryGroup Group, int Chains);

    [BindProperty(SupportsGet = true)] public string Tab { get; set; } = "chains";

    public IReadOnlyList<Chain> Chains { get; private set; } = [];
    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];
    public IReadOnlyList<Region> Regions { get; private set; } = [];
    public IReadOnlyList<IndustrySection> Sections { get; private set; } = [];
    public IReadOnlyList<EmergingArea> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (!TabKeys.Contains(Tab))
        {
            Tab = TabKeys[0];
        }
        switch (Tab)
        {
            case "groups":
                var counts = await db.Chains.Where(c => c.GroupId != null).GroupBy(c => c.GroupId!.Value)
                    .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
                Groups = [.. (await db.IndustryGroups.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync())
                    .Select(g => new GroupRow(g, counts.GetValueOrDefault(g.Id)))];
                break;
            case "regions":
                Regions = await db.Regions.AsNoTracking().OrderBy(r => r.SortOrder).ThenBy(r => r.Code).ToListAsync();
                break;
            case "industries":
                Sections = await db.IndustrySections.AsNoTracking().Include(s => s.Divisions).OrderBy(s => s.Code).ToListAsync();
                break;
            case "emerging":
                Areas = await db.EmergingAreas.AsNoTracking().OrderBy(a => a.Code).ToListAsync();
                break;
            default:
                Chains = await db.Chains.AsNoTracking().Include(c => c.Group).OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync();
                break;
        }
    }
}
