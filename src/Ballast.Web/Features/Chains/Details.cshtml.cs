using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Chains;

/// <summary>A chain's page: its team, yearly figures against targets, the map with each node's panel, projects,
/// investment, targets and problems; the node list as .xlsx; a gap raised as a target to attract.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ChainDetailsModel(AppDbContext db, ChainFigures figures, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [TempData]
    public string? Message { get; set; }

    public ChainDetail Chain { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var year = ProgrammeYear.Resolve(HttpContext, Year);
        ViewData["Year"] = year;
        if (await figures.DetailAsync(id, year) is not { } chain)
        {
            return NotFound();
        }
        Chain = chain;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int id)
    {
        var year = ProgrammeYear.Resolve(HttpContext, Year);
        if (await figures.DetailAsync(id, year) is not { } chain)
        {
            return NotFound();
        }
        return await NodeExport.XlsxAsync(chain, t);
    }

    /// <summary>One click on a target firm of a weak or missing node: an entry of the "to attract" list.</summary>
    public async Task<IActionResult> OnPostAttractAsync(int id, int nodeId, string? firm)
    {
        var year = ProgrammeYear.Resolve(HttpContext, Year);
        var result = await GapToTarget.RaiseAsync(db, t, id, nodeId, firm, year);
        switch (result.Outcome)
        {
            case ChainSaveOutcome.NotFound:
                return NotFound();
            case ChainSaveOutcome.Forbidden:
                return Forbid();
            case ChainSaveOutcome.Saved:
                Message = t["“{0}”已列入招引清单", firm?.Trim() ?? ""];
                return Redirect($"/Chains/Details?id={id}&Year={year}&added={result.Id}#node-{nodeId}");
            default:
                Message = string.Join("；", (result.Errors ?? []).Select(e => e.Message));
                return Redirect($"/Chains/Details?id={id}&Year={year}#node-{nodeId}");
        }
    }

    public async Task<IActionResult> OnPostDeleteNodeAsync(int id, int nodeId)
    {
        var result = await ChainSave.DeleteNodeAsync(db, t, id, nodeId);
        switch (result.Outcome)
        {
            case ChainSaveOutcome.NotFound:
                return NotFound();
            case ChainSaveOutcome.Forbidden:
                return Forbid();
            default:
                Message = result.Outcome == ChainSaveOutcome.Saved ? t["环节已删除"] : string.Join("；", (result.Errors ?? []).Select(e => e.Message));
                return Redirect($"/Chains/Details?id={id}&Year={ProgrammeYear.Resolve(HttpContext, Year)}#nodes");
        }
    }
}
