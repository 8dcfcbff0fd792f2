using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>The building economy's list (楼宇经济): filters in the URL, the year's tax of each building, export.</summary>
public sealed class BuildingsModel(AppDbContext db, UserScope scope, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public BuildingQuery Query { get; set; } = new();

    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<BuildingRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<string> Themes { get; private set; } = [];

    public bool CanCreate => scope.WritesBusiness;

    public async Task OnGetAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Today = CityTime.Today(db.Time);
        Rows = await Query.RunAsync(db, Year);
        Themes = await db.Buildings.AsNoTracking().Where(b => b.Theme != null).Select(b => b.Theme!).Distinct().OrderBy(x => x).ToListAsync();
        Districts = await ServiceChoices.DistrictsAsync(db, Query.District);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var rows = await Query.RunAsync(db, Year);
        return await ListExport.XlsxAsync(rows, Columns(), $"buildings-{Year}.xlsx");
    }

    private List<ExportColumn<BuildingRow>> Columns() =>
    [
        new(t["楼宇名称"].Value, typeof(string), r => r.Name),
        new(t["区市"].Value, typeof(string), r => Texts.Pick(r.District, r.DistrictEn)),
        new(t["地址"].Value, typeof(string), r => r.Address),
        new(t["主导业态"].Value, typeof(string), r => r.Theme),
        new(t["专业特色楼宇认定年度"].Value, typeof(int), r => r.SpecialtyYear),
        new(t["认定级别"].Value, typeof(string), r => r.SpecialtyLevel is { } l ? ServiceChoices.LevelName(t, l) : null),
        new(t["建筑面积（平方米）"].Value, typeof(decimal), r => r.FloorAreaM2),
        new(t["入驻率（%）"].Value, typeof(decimal), r => r.OccupancyPercent),
        new(t["入驻企业"].Value, typeof(int), r => r.Firms),
        new(t["税收（万元）"].Value, typeof(decimal), r => r.Tax.Wan),
        new(t["税收来源"].Value, typeof(string), r => ServiceChoices.TaxSourceName(t, r.Tax.Source)),
        new(t["演示数据"].Value, typeof(string), r => r.IsDemo ? t["演示"].Value : null),
    ];
}
