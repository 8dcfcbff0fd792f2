using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ballast.Web.Features.Programme;

/// <summary>What came in for a period, for the lead unit (the indicators it leads) and the office
/// (everything): accept, return with a reason, reopen a locked value, decide extension requests.
/// The year's periods head the page with their late and not-reported counts.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ReviewModel(SubmissionService service, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Period { get; set; }
    /// <summary>A <see cref="SubmissionState"/> name, or NotReported, Late, Extension.</summary>
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }

    public int Year { get; private set; }
    public IReadOnlyList<PeriodSummary> Periods { get; private set; } = [];
    public PeriodSummary? Selected { get; private set; }
    public IReadOnlyList<ReviewRow> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public bool IsOffice => service.IsOffice;
    public string? Error { get; private set; }

    public SubmissionActor ActorFor(ReviewRow r) => service.ActorFor(r.UnitId, r.Submission?.AssignedUnitId ?? r.Indicator.LeadUnitId);

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnPostAcceptAsync(int submissionId) => await AfterAsync(await service.AcceptAsync(submissionId));

    public async Task<IActionResult> OnPostReturnAsync(int submissionId, string? reason) => await AfterAsync(await service.ReturnAsync(submissionId, reason));

    [Function(Policies.ProgrammeManage)]
    public async Task<IActionResult> OnPostReopenAsync(int submissionId, string? reason) => await AfterAsync(await service.ReopenAsync(submissionId, reason));

    [Function(Policies.ProgrammeManage)]
    public async Task<IActionResult> OnPostExtensionAsync(int submissionId, bool grant) =>
        await AfterAsync(await service.DecideExtensionAsync(submissionId, grant));

    private async Task<IActionResult> AfterAsync(string? error)
    {
        if (error is null)
        {
            return RedirectToPage(new { Period, State, Unit });
        }
        Error = t[error];
        await LoadAsync(null);
        return Page();
    }

    private async Task LoadAsync(int? year)
    {
        Year = ProgrammeYear.Resolve(HttpContext, year);
        Periods = await service.PeriodsAsync(Year);
        Selected = Periods.FirstOrDefault(p => p.Period.Id == Period)
            ?? Periods.FirstOrDefault(p => p.Period.Id == SubmissionService.DefaultPeriod([.. Periods.Select(x => x.Period)])?.Id);
        Period = Selected?.Period.Id;
        if (Selected is null)
        {
            return;
        }
        var all = await service.ListAsync(Selected.Period.Id);
        Rows = State is null && Unit is null ? all : await service.ListAsync(Selected.Period.Id, State, Unit);
        Units = [.. all.GroupBy(r => r.UnitId).Select(g => g.First())
            .Select(r => new SelectListItem(Texts.Pick(r.Unit, r.UnitEn), r.UnitId.ToString(CultureInfo.InvariantCulture), r.UnitId == Unit))
            .OrderBy(x => x.Text, StringComparer.Ordinal)];
    }
}
