using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The year's campaigns with their results: filters in the URL, export of what is shown.</summary>
public sealed class CampaignsModel(AppDbContext db, CampaignResults results, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CampaignQuery Query { get; set; } = new();

    public CampaignYear Data { get; private set; } = null!;
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public IReadOnlyList<string> Countries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Data = await CampaignYear.LoadAsync(db, results, Query, year, t);
        Chains = await CampaignChoices.ChainsAsync(db, Query.Chain);
        var destinations = await new CampaignQuery().Apply(db, year).Select(c => c.Destination).Distinct().ToListAsync();
        Countries = [.. destinations.Select(CampaignQuery.CountryOf).Distinct().Order(StringComparer.Ordinal)];
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var data = await CampaignYear.LoadAsync(db, results, Query, year, t);
        return await ListExport.XlsxAsync(data.Rows, CampaignExport.Columns(t), $"campaigns-{year}.xlsx");
    }
}
