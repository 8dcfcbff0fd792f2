using System.Globalization;
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

namespace Ballast.Web.Features.Parks;

/// <summary>The professional parks (专业园区): filters in the URL, listing, "5个1" and output against the tiers, export.</summary>
public sealed class ParksModel(AppDbContext db, UserScope scope, ParkTiers tiers, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ParkQuery Query { get; set; } = new();

    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<ParkRow> Rows { get; private set; } = [];
    public IReadOnlyList<decimal> Tiers => tiers.Yi;
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    /// <summary>Park units without a profile yet, which the caller may open.</summary>
    public IReadOnlyList<(int Id, string Name)> Unprofiled { get; private set; } = [];

    public decimal? HighestTier(ParkRow r) => tiers.HighestReached(r.Output.Output);

    public async Task OnGetAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Today = CityTime.Today(db.Time);
        Rows = await Query.RunAsync(db, Year);
        var districtIds = await db.Parks.Select(p => p.DistrictUnitId).Distinct().ToListAsync();
        Districts = [.. (await db.Units.AsNoTracking().Where(u => districtIds.Contains(u.Id)).OrderBy(u => u.SortOrder).ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), u.Id.ToString(CultureInfo.InvariantCulture), u.Id == Query.District))];
        Chains = [.. (await db.Parks.AsNoTracking().Where(p => p.ChainId != null).OrderBy(p => p.Chain!.SortOrder)
                .Select(p => new { p.ChainId, p.Chain!.Name, p.Chain.NameEn }).ToListAsync())
            .Select(c => new SelectListItem(Texts.Pick(c.Name, c.NameEn), c.ChainId!.Value.ToString(CultureInfo.InvariantCulture), c.ChainId == Query.Chain))];
        Unprofiled = [.. (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Park && u.IsActive && !db.Parks.Any(p => p.UnitId == u.Id))
                .OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name, u.NameEn }).ToListAsync())
            .Where(u => scope.CanWrite(u.Id)).Select(u => (u.Id, Texts.Pick(u.Name, u.NameEn)))];
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var rows = await Query.RunAsync(db, Year);
        return await ListExport.XlsxAsync(rows, Columns(), $"parks-{Year}.xlsx");
    }

    private List<ExportColumn<ParkRow>> Columns() =>
    [
        new(t["园区名称"].Value, typeof(string), r => Texts.Pick(r.Name, r.NameEn)),
        new(t["区市"].Value, typeof(string), r => Texts.Pick(r.District, r.DistrictEn)),
        new(t["主导产业链"].Value, typeof(string), r => r.Chain is null ? null : Texts.Pick(r.Chain, r.ChainEn)),
        new(t["规划面积（亩）"].Value, typeof(decimal), r => r.PlannedAreaMu),
        new(t["已利用面积（亩）"].Value, typeof(decimal), r => r.UsedAreaMu),
        new(t["状态"].Value, typeof(string), r => ParkNames.Status(t, r.Status)),
        new(t["挂牌日期"].Value, typeof(string), r => ListExport.Date(r.ListedOn)),
        new(t["“5个1”已建立"].Value, typeof(int), r => r.MechanismsInPlace),
        new(t["在园企业"].Value, typeof(int), r => r.Firms),
        new(t["产值（亿元）"].Value, typeof(decimal), r => ListExport.Yi(r.Output.Output)),
        new(t["产值来源"].Value, typeof(string), r => ParkNames.Source(t, r.Output.Source)),
        new(t["企业产值合计（亿元）"].Value, typeof(decimal), r => ListExport.Yi(r.Output.FirmsOutput)),
        new(t["报送产值的企业"].Value, typeof(int), r => r.Output.ReportingFirms),
        new(t["营业收入（亿元）"].Value, typeof(decimal), r => ListExport.Yi(r.Output.Revenue)),
        new(t["达到档次（亿元）"].Value, typeof(decimal), r => tiers.HighestReached(r.Output.Output)),
        new(t["演示数据"].Value, typeof(string), r => r.IsDemo ? t["演示"].Value : null),
    ];
}
