using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Promotion;

/// <summary>A year's campaign results: every campaign with its figures, a total that counts each project once, by destination
/// country and by chain, a chart, the projects behind each figure, and the sheet.</summary>
public sealed class CampaignResultsModel(AppDbContext db, CampaignResults results, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CampaignQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "figure")]
    public string? Figure { get; set; }

    public CampaignYear Data { get; private set; } = null!;
    public IReadOnlyDictionary<int, KeyCompletion> Keys { get; private set; } = new Dictionary<int, KeyCompletion>();

    public async Task OnGetAsync()
    {
        Data = await CampaignYear.LoadAsync(db, results, Query, ProgrammeYear.Resolve(HttpContext, Query.Year), t);
        Keys = await results.KeyAsync(Data.Credited.Select(c => c.ProjectId), Data.Year);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var data = await CampaignYear.LoadAsync(db, results, Query, ProgrammeYear.Resolve(HttpContext, Query.Year), t);
        var total = new CampaignRow(0, t["合计（每个项目只计一次）"].Value, CampaignKind.Event, "", default, default, null, null, null, 0, null, null, false,
            data.Total);
        var columns = CampaignExport.Columns(t);
        var kind = columns[1];
        columns[1] = new(kind.Header, typeof(string), r => r.Id == 0 ? null : kind.Value(r));
        columns[3] = new(columns[3].Header, typeof(string), r => r.Id == 0 ? null : ListExport.Date(r.StartsOn));
        columns[4] = new(columns[4].Header, typeof(string), r => r.Id == 0 ? null : ListExport.Date(r.EndsOn));
        return await ListExport.XlsxAsync(data.Rows.Append(total), columns, $"campaign-results-{data.Year}.xlsx");
    }
}
