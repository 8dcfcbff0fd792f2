using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>One month's report as the dispatch would hold it after its cycle: in a closed period
/// submitted (a few after the due date), reviewed and accepted; in the open one submitted or reviewed,
/// a few still drafts and a few not reported at all. Each report passes the dispatch's rules for
/// every step it went through.</summary>
internal sealed class MonthlyReportDraw(Texts t, Draws draw, GeneratorReference r)
{
    /// <summary>Null when the unit has not reported the month yet.</summary>
    public MonthlyReport? Draw(Project project, ReportingPeriod period, decimal completed)
    {
        var open = period.State == PeriodState.Open;
        if (open && draw.Chance(0.04))
        {
            return null;
        }
        var state = !open ? ReportState.Accepted
            : draw.Uniform(0, 1) switch { < 0.03 => ReportState.Draft, < 0.5 => ReportState.Submitted, _ => ReportState.Reviewed };
        var entry = new ReportEntry(0, completed, Words.Progress(period.Month), InMonth(project.StartedOn, period), InMonth(project.OperatingOn, period));
        var submit = state != ReportState.Draft;
        var problems = InputRules.Validate(entry, t).Select(e => e.Message).ToList();
        // Submitted while the period was open; accepted by the office afterwards.
        problems.Add(DispatchRules.Check(submit ? DispatchAction.Submit : DispatchAction.Save, null, PeriodState.Open, true, true) ?? "");
        problems.Add(DispatchRules.CheckFigures(entry, submit) ?? "");
        if (state is ReportState.Reviewed or ReportState.Accepted)
        {
            problems.Add(DispatchRules.Check(DispatchAction.Review, ReportState.Submitted, period.State, true, true) ?? "");
        }
        if (state == ReportState.Accepted)
        {
            problems.Add(DispatchRules.Check(DispatchAction.Accept, ReportState.Reviewed, period.State, true, true) ?? "");
        }
        ProjectBuilder.Refuse($"{project.Name} {period.Year}-{period.Month}", problems.Where(p => p.Length > 0));

        var report = new MonthlyReport
        {
            PeriodId = period.Id, OwnerUnitId = project.OwnerUnitId, Completed = entry.Completed ?? 0m, PhysicalProgress = entry.PhysicalProgress,
            StartedThisMonth = entry.StartedThisMonth, CompletedThisMonth = entry.CompletedThisMonth, State = state,
        };
        if (submit)
        {
            var day = draw.Chance(0.05) ? period.DueOn.AddDays(draw.Between(1, 5)) : period.DueOn.AddDays(-draw.Between(0, 9));
            report.SubmittedAt = r.At(day);
            report.SubmittedBy = ProjectBuilder.By;
            report.SubmittedLate = DispatchRules.IsLate(report.SubmittedAt, period.DueOn);
            report.ReviewedAt = state == ReportState.Submitted ? null : r.At(day.AddDays(1));
            report.AcceptedAt = state == ReportState.Accepted ? r.At(day.AddDays(draw.Between(2, 6))) : null;
        }
        return report;
    }

    /// <summary>The period a date falls in: February's covers January too.</summary>
    private static bool InMonth(DateOnly? on, ReportingPeriod period) =>
        on is { } d && d.Year == period.Year && Math.Max(d.Month, 2) == period.Month;
}
