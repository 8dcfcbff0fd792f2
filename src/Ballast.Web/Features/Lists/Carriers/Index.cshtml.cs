using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Lists;

/// <summary>Land, buildings and factories on offer to investors (招商载体清单): filter, export, print.</summary>
public sealed class CarriersModel(AppDbContext db, UserScope scope, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CarrierQuery Query { get; set; } = new();

    public DateOnly Today { get; private set; }
    public IReadOnlyList<CarrierRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Parks { get; private set; } = [];

    public bool CanWrite(int unitId) => scope.CanWrite(unitId);

    /// <summary>Land in 亩, floor space in m², with thousands separators.</summary>
    public static string Area(CarrierRow r) =>
        (r.Kind == CarrierKind.Land ? r.AreaMu : r.AreaSquareMetres) is { } a ? Amounts.Number(a) : "";

    public async Task OnGetAsync()
    {
        // Carriers have no year; the top bar still shows the one selected.
        ViewData["Year"] = ProgrammeYear.Resolve(HttpContext, null);
        Today = CityTime.Today(db.Time);
        Rows = await (await Query.ApplyAsync(db)).ToListAsync();
        Districts = await ListChoices.DistrictsAsync(db, Query.District);
        Parks = await ListChoices.ParksAsync(db, Query.Park);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var rows = (await Query.ApplyAsync(db)).AsAsyncEnumerable();
        return await ListExport.XlsxAsync(rows, Columns(), "carriers.xlsx", HttpContext.RequestAborted);
    }

    private List<ExportColumn<CarrierRow>> Columns() =>
    [
        new(t["载体名称"].Value, typeof(string), r => r.Name),
        new(t["类型"].Value, typeof(string), r => t[CarrierNames.Of(r.Kind)].Value),
        new(t["位置"].Value, typeof(string), r => r.Location),
        new(t["区市"].Value, typeof(string), r => Texts.Pick(r.District ?? "", r.DistrictEn)),
        new(t["所在园区"].Value, typeof(string), r => r.Park is null ? null : Texts.Pick(r.Park, r.ParkEn)),
        new(t["土地面积（亩）"].Value, typeof(decimal), r => r.Kind == CarrierKind.Land ? r.AreaMu : null),
        new(t["建筑面积（平方米）"].Value, typeof(decimal), r => r.Kind == CarrierKind.Land ? null : r.AreaSquareMetres),
        new(t["供应状态"].Value, typeof(string), r => t[CarrierNames.Of(r.Availability)].Value),
        new(t["可供日期"].Value, typeof(string), r => ListExport.Date(r.AvailableFrom)),
        new(t["联系方式"].Value, typeof(string), r => r.Contact),
    ];
}
