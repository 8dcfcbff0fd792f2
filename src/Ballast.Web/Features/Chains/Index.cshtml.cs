using Ballast.Web.Common.Tracking;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Chains;

/// <summary>All chains by group, the reader's own first, with their figures for the programme year.</summary>
public sealed class ChainsIndexModel(ChainFigures figures) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear { get; private set; }
    public IReadOnlyList<ChainRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        SelectedYear = ProgrammeYear.Resolve(HttpContext, Year);
        ViewData["Year"] = SelectedYear;
        Rows = await figures.ListAsync(SelectedYear);
    }
}
