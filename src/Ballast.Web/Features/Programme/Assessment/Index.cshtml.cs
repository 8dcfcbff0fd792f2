using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>The year's assessment of districts or departments: the scheme's items and weights, the
/// ranking with each score's formula, its export, and (office) adjustments and publication.</summary>
[Function(Policies.ProgrammeManage)]
public sealed class AssessmentModel(AppDbContext db, AssessmentResults results, AssessmentActions actions, UserScope scope, Texts t) : PageModel
{
    public int Year { get; private set; }
    public UnitKind Kind { get; private set; }
    public AssessmentOutcome? Outcome { get; private set; }
    public IReadOnlyList<AssessmentAdjustment> Adjustments { get; private set; } = [];
    public bool IsOffice => actions.IsOffice;
    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty] public int AdjustUnit { get; set; }
    [BindProperty] public decimal? Points { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public bool Visible => Outcome?.Visible(scope) == true;

    public bool ShowsBreakdown(int unitId) => Outcome?.ShowsBreakdown(scope, unitId) == true;

    /// <summary>The view's query, so links and the export show exactly this view.</summary>
    public string Query => $"Year={Year}&Kind={Kind}" + (Outcome?.Month is { } m ? $"&Month={m}" : "");

    public Task OnGetAsync(int? year, UnitKind? kind, int? month) => LoadAsync(year, kind, month);

    public async Task<IActionResult> OnGetExportAsync(int? year, UnitKind? kind, int? month)
    {
        await LoadAsync(year, kind, month);
        if (Outcome is null || !Visible)
        {
            return Forbid();
        }
        return await ListExport.XlsxAsync(Outcome.Ranking, AssessmentExport.Columns(t), $"assessment-{Year}-{Kind.ToString().ToLowerInvariant()}.xlsx");
    }

    public async Task<IActionResult> OnPostAdjustAsync(int schemeId, int? year, UnitKind? kind, int? month) =>
        await AnswerAsync(await actions.AddAdjustmentAsync(schemeId, AdjustUnit, Points, Reason), t["已记录加减分"], year, kind, month);

    public async Task<IActionResult> OnPostPublishAsync(int schemeId, int? year, UnitKind? kind, int? month) =>
        await AnswerAsync(await actions.PublishAsync(schemeId), t["考核结果已发布"], year, kind, month);

    private async Task<IActionResult> AnswerAsync(AssessmentChange change, string done, int? year, UnitKind? kind, int? month)
    {
        switch (change.Outcome)
        {
            case ChangeOutcome.Forbidden:
                return Forbid();
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Done:
                Message = done;
                return RedirectToPage(new { year, kind, month });
            default:
                Error = t[change.Error!];
                await LoadAsync(year, kind, month);
                return Page();
        }
    }

    private async Task LoadAsync(int? year, UnitKind? kind, int? month)
    {
        Year = ProgrammeYear.Resolve(HttpContext, year);
        Kind = kind == UnitKind.Department ? UnitKind.Department : UnitKind.District;
        if (IsOffice)
        {
            await AssessmentSeed.EnsureAsync(db, Year);
        }
        Outcome = await results.ComputeAsync(Year, Kind, month);
        if (IsOffice && Outcome is not null)
        {
            var schemeId = Outcome.Scheme.Id;
            Adjustments = await db.AssessmentAdjustments.AsNoTracking().Include(a => a.Unit)
                .Where(a => a.SchemeId == schemeId).OrderByDescending(a => a.Id).ToListAsync();
        }
    }
}
