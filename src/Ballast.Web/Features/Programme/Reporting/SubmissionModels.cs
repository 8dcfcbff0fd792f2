using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

/// <summary>A unit's figures for one indicator. <see cref="UnitId"/> names the reporting unit when
/// the user answers for several (or the office reports for one); <see cref="Version"/>, when given,
/// refuses the save if someone changed the submission since it was read.</summary>
public sealed record SubmissionEntry(int IndicatorId, decimal? Value, bool? Done, string? Narrative, int? UnitId = null, int? Version = null);

/// <summary>An evidence file without its bytes.</summary>
public sealed record EvidenceInfo(int Id, int SubmissionId, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);

/// <summary>One line of "my updates": an indicator the unit answers for, and where it stands.</summary>
public sealed record UpdateRow(Indicator Indicator, string Battle, string? BattleEn, int UnitId, string Unit, string? UnitEn, bool IsLead,
    IndicatorSubmission? Submission, IReadOnlyList<EvidenceInfo> Evidence, DateOnly DueOn, string? EditRefusal, bool CanRequestExtension);

public sealed record MyUpdates(ReportingPeriod Period, IReadOnlyList<UpdateRow> Rows);

/// <summary>One expected report in the review: an indicator and a responsible unit, with the
/// submission if there is one (none, a draft or a returned one is "not reported").</summary>
public sealed record ReviewRow(Indicator Indicator, int UnitId, string Unit, string? UnitEn, bool IsLead, string? LeadUnit, string? LeadUnitEn,
    IndicatorSubmission? Submission, IReadOnlyList<EvidenceInfo> Evidence, DateOnly DueOn)
{
    public bool Reported => SubmissionRules.IsReported(Submission?.State);
    public bool ExtensionPending => Submission?.ExtensionRequestedTo is not null;
}

/// <summary>A period and what came in, in the reviewer's view.</summary>
public sealed record PeriodSummary(ReportingPeriod Period, int Expected, int Reported, int NotReported, int Late, int Accepted, int Returned, int ExtensionRequests);
