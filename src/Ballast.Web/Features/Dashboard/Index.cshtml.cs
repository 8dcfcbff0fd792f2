using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Dashboard;

public sealed class IndexModel(DashboardFigures figures) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Month { get; set; }

    public DashboardData Data { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Data = await figures.BuildAsync(ProgrammeYear.Resolve(HttpContext, Year), Month);
    }
}
