using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The registry: firms in the user's scope, filtered in the URL, with the year's figures; export of exactly the filtered rows.</summary>
public sealed class IndexModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public EnterpriseQuery Query { get; set; } = new();

    public int Year { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyList<EnterpriseRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Divisions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var q = Query.Apply(db, Year);
        Total = await q.CountAsync();
        Query.Page = Math.Clamp(Query.PageNumber, 1, Math.Max(1, (Total + EnterpriseQuery.PageSize - 1) / EnterpriseQuery.PageSize));
        var page = Query.Sorted(db, q, Year).Skip((Query.PageNumber - 1) * EnterpriseQuery.PageSize).Take(EnterpriseQuery.PageSize);
        Rows = await EnterpriseRow.Of(db, page, Year).ToListAsync();
        Districts = await Choices.DistrictsAsync(db, Query.District);
        Chains = await Choices.ChainsAsync(db, Query.Chain);
        Divisions = await Choices.DivisionsAsync(db, Query.Division);
        Kinds = await Choices.KindsAsync(db, Query.Kind, DesignationSubject.Firm);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var rows = EnterpriseRow.Of(db, Query.Sorted(db, Query.Apply(db, Year), Year), Year).AsAsyncEnumerable();
        return await ListExport.XlsxAsync(rows, EnterpriseExport.Columns(t, Year), $"enterprises-{Year}.xlsx", HttpContext.RequestAborted);
    }

    public string With(string key, string? value) => Choices.With(Request, key, value);
}
