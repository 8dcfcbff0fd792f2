using Ballast.Web.Common;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

/// <summary>A responsible unit's value for an indicator in a reporting period (我的填报): the value,
/// a short narrative and evidence; accepted by the lead unit or the office, or returned with a reason.
/// An accepted submission is locked. No submission for a period means "not reported", never zero.</summary>
public sealed class IndicatorSubmission : IUnitOwned, IAssignedToUnit, IVersioned
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    /// <summary>The reporting unit.</summary>
    public int OwnerUnitId { get; set; }
    public Organisation.Unit? OwnerUnit { get; set; }
    /// <summary>The indicator's lead unit, which accepts or returns a supporting unit's submission.</summary>
    public int? AssignedUnitId { get; set; }
    /// <summary>Cumulative value for the year to date, in the indicator's unit.</summary>
    public decimal? Value { get; set; }
    /// <summary>Milestones: done or not.</summary>
    public bool? Done { get; set; }
    public string? Narrative { get; set; }
    public SubmissionState State { get; set; }
    public string? ReturnReason { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public bool SubmittedLate { get; set; }
    /// <summary>A later due date granted on a request made before the period's due date.</summary>
    public DateOnly? ExtendedTo { get; set; }
    public DateOnly? ExtensionRequestedTo { get; set; }
    public string? ExtensionReason { get; set; }
    public int Version { get; set; }
    public List<Evidence> Evidence { get; set; } = [];
}
