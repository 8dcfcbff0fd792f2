using System.Globalization;
using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>The supervision list (督办事项): what is open, late or about to be, for whom; exported
/// and printed exactly as shown.</summary>
public sealed class SupervisionModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SupervisionQuery Query { get; set; } = new();

    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<SupervisionRow> Rows { get; private set; } = [];
    public int OpenCount { get; private set; }
    public int OverdueCount { get; private set; }
    public int DueSoonCount { get; private set; }
    public int ClosedCount { get; private set; }
    public bool IsOffice => db.Scope.WritesAll;
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var scoped = Query.ApplyScope(db.SupervisionItems.AsNoTracking(), Year);
        OpenCount = await SupervisionQuery.OpenOnly(scoped).CountAsync();
        OverdueCount = await SupervisionQuery.OverdueOnly(scoped, Today).CountAsync();
        DueSoonCount = await SupervisionQuery.DueSoonOnly(scoped, Today).CountAsync();
        ClosedCount = await scoped.CountAsync(s => s.State == SupervisionState.Closed);
        Units = [.. (await db.Units.AsNoTracking().Where(u => u.Kind != UnitKind.City && u.Kind != UnitKind.Park).OrderBy(u => u.SortOrder).ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), u.Id.ToString(CultureInfo.InvariantCulture), u.Id == Query.Unit))];
    }

    /// <summary>Exactly what the list shows, as .xlsx.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Today = CityTime.Today(db.Time);
        // Every item the filters match, not only the first the page lists.
        var rows = SupervisionRow.Select(SupervisionQuery.Sorted(Query.Apply(db.SupervisionItems.AsNoTracking(), Year, Today)), db.Indicators)
            .AsAsyncEnumerable().Select(r => r.AsOf(Today));
        return await ListExport.XlsxAsync(rows, Columns(), $"supervision-{Year}-{Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx",
            HttpContext.RequestAborted);
    }

    private async Task LoadAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Today = CityTime.Today(db.Time);
        Rows = await SupervisionRow.LoadAsync(
            SupervisionQuery.Sorted(Query.Apply(db.SupervisionItems.AsNoTracking(), Year, Today)), db.Indicators, Today);
    }

    private ExportColumn<SupervisionRow>[] Columns() =>
    [
        new(t["督办事项"], typeof(string), r => r.Title),
        new(t["来源"], typeof(string), r => t[r.Source].Value),
        new(t["承办单位"], typeof(string), r => Texts.Pick(r.UnitName, r.UnitNameEn)),
        new(t["交办日期"], typeof(string), r => ListExport.Date(r.IssuedOn)),
        new(t["办结时限"], typeof(string), r => ListExport.Date(r.DueOn)),
        new(t["状态"], typeof(string), r => t[SupervisionNames.Of(r.State)].Value),
        new(t["逾期"], typeof(string), r => r.OverdueDays is { } days ? t["已逾期 {0} 天", days].Value : null),
        new(t["催办次数"], typeof(int), r => r.ChaseCount),
        new(t["办理情况"], typeof(string), r => r.Report),
        new(t["办结日期"], typeof(string), r => ListExport.Date(r.ClosedOn)),
    ];

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A link to the list with the year, unit and source kept and the given filters set.</summary>
    public string Link(params (string Key, string Value)[] set)
    {
        var keep = new List<(string, string)> { ("Year", Year.ToString(CultureInfo.InvariantCulture)) };
        if (Query.Unit is { } u) { keep.Add(("Unit", u.ToString(CultureInfo.InvariantCulture))); }
        if (!string.IsNullOrEmpty(Query.Source)) { keep.Add(("Source", Query.Source)); }
        if (Query.Indicator is { } i) { keep.Add(("Indicator", i.ToString(CultureInfo.InvariantCulture))); }
        return "/Programme/Supervision?" + string.Join('&', keep.Concat(set).Select(kv => $"{kv.Item1}={Uri.EscapeDataString(kv.Item2)}"));
    }
}
