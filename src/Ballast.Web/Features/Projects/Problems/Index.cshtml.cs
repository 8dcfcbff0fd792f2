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
using MiniExcelLibs;
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

    /// <summary>Exactly what the list shows, as .xlsx.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Today = CityTime.Today(db.Time);
        var sheet = (await LoadRowsAsync()).Select(r => new Dictionary<string, object?>
        {
            [t["项目"]] = r.ProjectName,
            [t["问题"]] = r.Title,
            [t["承办部门"]] = r.AssignedUnitName is null ? null : Texts.Pick(r.AssignedUnitName, r.AssignedUnitNameEn),
            [t["提出日期"]] = Date(r.RaisedOn),
            [t["办结时限"]] = Date(r.DueOn),
            [t["状态"]] = t[ProblemNames.Of(r.State)].Value,
            [t["逾期"]] = r.OverdueDays is { } days ? t["已逾期 {0} 天", days].Value : null,
            [t["答复"]] = r.Answer,
        }).ToList();
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"problems-{Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx");
    }

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
