using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

/// <summary>The year's list of firms and projects to attract (招引清单): filter, convert to a project, export, print.</summary>
[Function(Policies.BusinessWrite)]
public sealed class TargetsModel(AppDbContext db, UserScope scope, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TargetQuery Query { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<TargetRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public IReadOnlyList<string> Countries { get; private set; } = [];

    public bool CanWrite(int unitId) => scope.CanWrite(unitId);

    public async Task OnGetAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Today = CityTime.Today(db.Time);
        Rows = await (await Query.ApplyAsync(db, Year)).ToListAsync();
        var year = Year;
        Countries = await db.AttractionTargets.AsNoTracking().Where(x => x.Year == year && x.Country != null)
            .Select(x => x.Country!).Distinct().OrderBy(c => c).ToListAsync();
        Districts = await ListChoices.DistrictsAsync(db, Query.District);
        Chains = await ListChoices.ChainsAsync(db, Query.Chain);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var rows = (await Query.ApplyAsync(db, Year)).AsAsyncEnumerable();
        return await ListExport.XlsxAsync(rows, Columns(), $"targets-{Year}.xlsx", HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostConvertAsync(int id, string? back)
    {
        var result = await TargetConversion.ConvertAsync(db, scope, id);
        switch (result.Outcome)
        {
            case ConversionOutcome.Converted:
                return Redirect($"/Projects/Details/{result.ProjectId}");
            case ConversionOutcome.NotFound:
                return NotFound();
            case ConversionOutcome.Forbidden:
                return Forbid();
            default:
                Message = t["该招引目标已转为项目，不能重复转化"];
                return Redirect("/Lists/Targets" + (back is { Length: <= 2000 } q && q.StartsWith('?') ? q : ""));
        }
    }

    private List<ExportColumn<TargetRow>> Columns() =>
    [
        new(t["目标企业或项目"].Value, typeof(string), r => r.Name),
        new(t["国别（地区）"].Value, typeof(string), r => r.Country),
        new(t["产业链"].Value, typeof(string), r => r.Chain is null ? null : Texts.Pick(r.Chain, r.ChainEn)),
        new(t["预计投资（亿元）"].Value, typeof(decimal), r => ListExport.Yi(r.ExpectedInvestmentWan)),
        new(t["区市"].Value, typeof(string), r => Texts.Pick(r.District ?? "", r.DistrictEn)),
        new(t["备注"].Value, typeof(string), r => r.Note),
        new(t["转化情况"].Value, typeof(string), r => r.ProjectId is null ? null : t["已转为项目"].Value),
    ];
}
