using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>入园评估: the parks' thresholds for the year, evaluating a project, and overrides with a second person's approval.</summary>
[Function(Policies.BusinessWrite)]
public sealed class AdmissionModel(AppDbContext db, UserScope scope, AdmissionSave admissions, ThresholdSave thresholds, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? ProjectId { get; set; }
    [BindProperty(SupportsGet = true)] public int? ParkId { get; set; }
    [BindProperty] public EvaluationInput Evaluate { get; set; } = new();
    [BindProperty] public ThresholdInput Threshold { get; set; } = new();
    [BindProperty] public OverrideInput Override { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public int ShownYear { get; private set; }
    public IReadOnlyList<AdmissionApi.EvaluationDto> Rows { get; private set; } = [];
    public IReadOnlyList<AdmissionThreshold> Thresholds { get; private set; } = [];
    public IReadOnlyDictionary<int, string> ParkNames { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<SelectListItem> ParkItems { get; private set; } = [];
    public bool MayDecide => User.IsInRole(Roles.ProgrammeOffice);
    public string UserName => scope.UserName;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostEvaluateAsync() =>
        await AfterAsync(await admissions.EvaluateAsync(Evaluate), nameof(Evaluate), "已完成入园评估");

    public async Task<IActionResult> OnPostThresholdAsync() =>
        await AfterAsync(await thresholds.SaveAsync(Threshold, ParkEditor.Of(User)), nameof(Threshold), "入园门槛已保存");

    public async Task<IActionResult> OnPostOverrideAsync(int id) =>
        await AfterAsync(await admissions.RequestOverrideAsync(id, Override), nameof(Override), "调整申请已提交，待另一人审批");

    [Function(Policies.ProgrammeManage)]
    public async Task<IActionResult> OnPostDecideAsync(int id, bool approve, int version) =>
        await AfterAsync(await admissions.DecideAsync(id, new OverrideDecision(approve, version)), "", approve ? "已批准调整" : "已驳回调整");

    private async Task<IActionResult> AfterAsync<T>(RecordSave<T> result, string prefix, string done) where T : class
    {
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == SaveOutcome.Saved)
        {
            Message = t[done];
            return RedirectToPage(new { Year, ProjectId, ParkId });
        }
        // Three forms share the page: only the one sent speaks.
        ModelState.Clear();
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field.Length == 0 || prefix.Length == 0 ? "" : $"{prefix}.{field}", t[message]);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        ShownYear = ProgrammeYear.Resolve(HttpContext, Year);
        var year = ShownYear;
        var parks = await db.Parks.AsNoTracking().Include(p => p.Unit).OrderBy(p => p.Unit!.SortOrder).ToListAsync();
        ParkNames = parks.ToDictionary(p => p.Id, p => p.Unit is { } u ? Texts.Pick(u.Name, u.NameEn) : p.Id.ToString(CultureInfo.InvariantCulture));
        ParkItems = [.. parks.Select(p => new SelectListItem(ParkNames[p.Id], p.Id.ToString(CultureInfo.InvariantCulture), p.Id == ParkId))];
        Thresholds = await db.AdmissionThresholds.AsNoTracking().Where(x => x.Year == year).ToListAsync();
        Rows = await AdmissionApi.LoadAsync(db, db.AdmissionEvaluations
            .Where(e => e.Year == year && (ProjectId == null || e.ProjectId == ProjectId) && (ParkId == null || e.ParkId == ParkId))
            .OrderByDescending(e => e.Id).Take(500));
        if (Evaluate.Year == 0)
        {
            Evaluate = new EvaluationInput { Year = year, ProjectId = ProjectId ?? 0, ParkId = ParkId ?? 0 };
        }
        if (Threshold.Year == 0)
        {
            Threshold = new ThresholdInput { Year = year, ParkId = ParkId ?? 0, ConditionalShortfall = 0.1m };
        }
    }
}
