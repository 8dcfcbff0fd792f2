using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Dispatch;

/// <summary>The year's reporting periods with what came in; the office opens and closes them here.</summary>
[Function(Policies.ProgrammeManage)]
public sealed class IndexModel(AppDbContext db, DispatchService dispatch, KeyProjectFigures figures, Texts t) : PageModel
{
    public sealed record PeriodRow(ReportingPeriod Period, int Counted, int Accepted, int Returned, int Drafts, int Late);

    public int Year { get; private set; }
    public int KeyProjects { get; private set; }
    public IReadOnlyList<PeriodRow> Periods { get; private set; } = [];
    public bool IsOffice => dispatch.IsOffice;
    public string? Error { get; private set; }

    [BindProperty] public int OpenMonth { get; set; }
    [BindProperty] public DateOnly? OpenDueOn { get; set; }

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public async Task<IActionResult> OnPostOpenAsync(int? year)
    {
        var y = ProgrammeYear.Resolve(HttpContext, year);
        var (_, error) = OpenDueOn is null ? (null, "请填写截止日期") : await dispatch.OpenPeriodAsync(y, OpenMonth, OpenDueOn.Value);
        if (error is null)
        {
            return RedirectToPage();
        }
        Error = t[error];
        await LoadAsync(year);
        return Page();
    }

    public async Task<IActionResult> OnPostStateAsync(int periodId, PeriodState state)
    {
        var error = await dispatch.SetPeriodStateAsync(periodId, state);
        if (error is null)
        {
            return RedirectToPage();
        }
        Error = t[error];
        await LoadAsync(null);
        return Page();
    }

    private async Task LoadAsync(int? year)
    {
        Year = ProgrammeYear.Resolve(HttpContext, year);
        KeyProjects = await figures.Construction(Year).CountAsync();
        var periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.Year == Year).OrderBy(p => p.Month).ToListAsync();
        var stats = await db.MonthlyReports.Where(r => r.Period!.Year == Year && r.KeyProject!.Class == KeyProjectClass.Construction)
            .GroupBy(r => r.PeriodId)
            .Select(g => new
            {
                g.Key,
                Counted = g.Count(r => MonthlyReport.Counted.Contains(r.State)),
                Accepted = g.Count(r => r.State == ReportState.Accepted),
                Returned = g.Count(r => r.State == ReportState.Returned),
                Drafts = g.Count(r => r.State == ReportState.Draft),
                Late = g.Count(r => r.SubmittedLate && MonthlyReport.Counted.Contains(r.State)),
            }).ToDictionaryAsync(x => x.Key);
        Periods = [.. periods.Select(p => stats.TryGetValue(p.Id, out var s)
            ? new PeriodRow(p, s.Counted, s.Accepted, s.Returned, s.Drafts, s.Late)
            : new PeriodRow(p, 0, 0, 0, 0, 0))];
        var next = periods.Count == 0 ? 2 : periods[^1].Month + 1;
        OpenMonth = Math.Min(next, 12);
        OpenDueOn = new DateOnly(Year, OpenMonth, 1).AddMonths(1).AddDays(9);
    }
}
