using System.Globalization;
using System.Security.Claims;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common;

namespace Ballast.Web.Features.Projects;

/// <summary>The problem list (问题清单): what is open, late or about to be, for whom.</summary>
public sealed class ProblemsModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ProblemQuery Query { get; set; } = new();

    public DateOnly Today { get; private set; }
    public IReadOnlyList<ProblemRow> Rows { get; private set; } = [];
    public int UnresolvedCount { get; private set; }
    public int OverdueCount { get; private set; }
    public int DueSoonCount { get; private set; }
    public string? ProjectName { get; private set; }
    public string? UnitName { get; private set; }
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = CityTime.Today(db.Time);
        Rows = await LoadRowsAsync();
        var scoped = Query.ApplyScope(db.Problems.AsNoTracking(), UserId);
        UnresolvedCount = await ProblemQuery.UnresolvedOnly(scoped).CountAsync();
        OverdueCount = await ProblemQuery.OverdueOnly(scoped, Today).CountAsync();
        DueSoonCount = await ProblemQuery.DueSoonOnly(scoped, Today).CountAsync();
        if (Query.Project is { } project)
        {
            ProjectName = await db.Projects.Where(p => p.Id == project).Select(p => p.Name).SingleOrDefaultAsync();
        }
        var unitId = int.TryParse(User.FindFirstValue(AuthSetup.UnitClaim), CultureInfo.InvariantCulture, out var u) ? u : 0;
        UnitName = await db.Units.Where(x => x.Id == unitId).Select(x => x.Name).SingleOrDefaultAsync();
        Departments = [.. (await db.Units.AsNoTracking().Where(x => x.Kind == UnitKind.Department).OrderBy(x => x.SortOrder).ToListAsync())
            .Select(x => new SelectListItem(Texts.Pick(x.Name, x.NameEn), x.Id.ToString(CultureInfo.InvariantCulture), x.Id == Query.Assigned))];
    }

    /// <summary>Exactly what the list's filters match, as .xlsx: every row, not only the first the page lists.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Today = CityTime.Today(db.Time);
        var rows = ProblemRow.Select(ProblemQuery.Sorted(Query.Apply(db.Problems.AsNoTracking(), Today, UserId)))
            .AsAsyncEnumerable().Select(r => r.AsOf(Today));
        return await ListExport.XlsxAsync(rows, Columns(), $"problems-{Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx",
            HttpContext.RequestAborted);
    }

    private List<ExportColumn<ProblemRow>> Columns() =>
    [
        new(t["项目"], typeof(string), r => r.ProjectName),
        new(t["问题"], typeof(string), r => r.Title),
        new(t["承办部门"], typeof(string), r => r.AssignedUnitName is null ? null : Texts.Pick(r.AssignedUnitName, r.AssignedUnitNameEn)),
        new(t["提出日期"], typeof(string), r => Date(r.RaisedOn)),
        new(t["办结时限"], typeof(string), r => Date(r.DueOn)),
        new(t["状态"], typeof(string), r => t[ProblemNames.Of(r.State)].Value),
        new(t["逾期"], typeof(string), r => r.OverdueDays is { } days ? t["已逾期 {0} 天", days].Value : null),
        new(t["答复"], typeof(string), r => r.Answer),
    ];

    private Task<List<ProblemRow>> LoadRowsAsync() =>
        ProblemRow.LoadAsync(ProblemQuery.Sorted(Query.Apply(db.Problems.AsNoTracking(), Today, UserId)), Today);

    private int? UserId => int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A link to the list with the who/where filters kept and the given ones set.</summary>
    public string Link(params (string Key, string Value)[] set)
    {
        var keep = new List<(string, string)>();
        if (Query.Assigned is { } a) { keep.Add(("Assigned", a.ToString(CultureInfo.InvariantCulture))); }
        if (Query.Project is { } p) { keep.Add(("Project", p.ToString(CultureInfo.InvariantCulture))); }
        if (Query.Mine == true) { keep.Add(("Mine", "true")); }
        var all = keep.Concat(set).Select(kv => $"{kv.Item1}={Uri.EscapeDataString(kv.Item2)}").ToList();
        return "/Projects/Problems" + (all.Count == 0 ? "" : "?" + string.Join('&', all));
    }
}
