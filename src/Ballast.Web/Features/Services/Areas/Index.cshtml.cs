using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Service clusters (服务业集聚区) and innovation centres (服务业创新中心) recognised up to the year.</summary>
public sealed class AreasModel(AppDbContext db, Texts t, AreaSave save) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AreaQuery Query { get; set; } = new();

    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<AreaRow> Rows { get; private set; } = [];
    public IReadOnlyList<DesignationKind> Kinds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];

    public bool CanEdit(string kindCode) => Kinds.FirstOrDefault(k => k.Code == kindCode) is { } kind && save.CanEdit(kind);

    public async Task OnGetAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Today = CityTime.Today(db.Time);
        Rows = await Query.RunAsync(db, Year);
        Kinds = await db.DesignationKinds.AsNoTracking().Where(k => k.Subject == DesignationSubject.Area).OrderBy(k => k.SortOrder).ToListAsync();
        Districts = await ServiceChoices.DistrictsAsync(db, Query.District);
        Levels = ServiceChoices.Levels(t, Query.MinLevel);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var rows = await Query.RunAsync(db, Year);
        return await ListExport.XlsxAsync(rows, Columns(), $"service-areas-{Year}.xlsx");
    }

    private List<ExportColumn<AreaRow>> Columns() =>
    [
        new(t["名称"].Value, typeof(string), r => r.Name),
        new(t["类别"].Value, typeof(string), r => Texts.Pick(r.Kind, r.KindEn)),
        new(t["认定级别"].Value, typeof(string), r => ServiceChoices.LevelName(t, r.Level)),
        new(t["认定年度"].Value, typeof(int), r => r.Year),
        new(t["区市"].Value, typeof(string), r => r.District is null ? null : Texts.Pick(r.District, r.DistrictEn)),
        new(t["认定文件"].Value, typeof(string), r => r.SourceDocument),
        new(t["演示数据"].Value, typeof(string), r => r.IsDemo ? t["演示"].Value : null),
    ];
}
