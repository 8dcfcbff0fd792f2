using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Features.Chains;

namespace Ballast.Web.Features.Dashboard;

public sealed class IndexModel(DashboardFigures figures, ChainFigures chains) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Month { get; set; }

    public DashboardData Data { get; private set; } = null!;

    /// <summary>The programme's chains: output growth against target, projects and gaps.</summary>
    public IReadOnlyList<ChainRow> Chains { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Data = await figures.BuildAsync(ProgrammeYear.Resolve(HttpContext, Year), Month);
        // Chains with something to show: a figure, a target, a map or key projects (not the rows still to be named).
        Chains = [.. (await chains.ListAsync(Data.Year))
            .Where(c => c.IsProgramme && (c.Figure.Output.Wan != null || c.Figure.TargetGrowth != null || c.Nodes > 0 || c.KeyProjects > 0))
            .OrderBy(c => c.GroupOrder).ThenBy(c => c.SortOrder)];
    }
}
