using Ballast.Web.Common;

namespace Ballast.Web.Features.Projects;

/// <summary>One key project's figures for one month. Year-to-date is computed from the months,
/// never typed. An accepted month is locked; only the office can reopen it.</summary>
public sealed class MonthlyReport : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int KeyProjectId { get; set; }
    public KeyProject? KeyProject { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    public int OwnerUnitId { get; set; }
    /// <summary>Investment completed in this period, in 万元.</summary>
    public decimal Completed { get; set; }
    public string? PhysicalProgress { get; set; }
    public bool StartedThisMonth { get; set; }
    public bool CompletedThisMonth { get; set; }
    public ReportState State { get; set; }
    public string? ReturnReason { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    /// <summary>Submitted after the period's due date (a fact fixed at submission).</summary>
    public bool SubmittedLate { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
    public int Version { get; set; }

    /// <summary>States whose figures count: a draft or a returned report is not reported.</summary>
    public static readonly ReportState[] Counted = [ReportState.Submitted, ReportState.Reviewed, ReportState.Accepted];
}
