using System.Globalization;
using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>The parks' key work items city-wide, chased like problems: overdue first, with the days overdue.</summary>
public sealed class ParkWorkItemsModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public WorkItemQuery Query { get; set; } = new();

    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<WorkItemRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Parks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Query.Year = Year;
        Today = CityTime.Today(db.Time);
        Rows = await Query.RunAsync(db, Today);
        Parks = [.. (await db.Parks.AsNoTracking().OrderBy(p => p.Unit!.SortOrder).Select(p => new { p.Id, p.Unit!.Name, p.Unit.NameEn }).ToListAsync())
            .Select(p => new SelectListItem(Texts.Pick(p.Name, p.NameEn), p.Id.ToString(CultureInfo.InvariantCulture), p.Id == Query.Park))];
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        Query.Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var rows = await Query.RunAsync(db, CityTime.Today(db.Time));
        return await ListExport.XlsxAsync(rows, WorkItemColumns.For(t), $"park-work-items-{Query.Year}.xlsx");
    }
}
