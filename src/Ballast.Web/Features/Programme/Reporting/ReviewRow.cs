
namespace Ballast.Web.Features.Programme;

/// <summary>One expected report in the review: an indicator and a responsible unit, with the
/// submission if there is one (none, a draft or a returned one is "not reported").</summary>
public sealed record ReviewRow(Indicator Indicator, int UnitId, string Unit, string? UnitEn, bool IsLead, string? LeadUnit, string? LeadUnitEn,
    IndicatorSubmission? Submission, IReadOnlyList<EvidenceInfo> Evidence, DateOnly DueOn)
{
    public bool Reported => SubmissionRules.IsReported(Submission?.State);
    public bool ExtensionPending => Submission?.ExtensionRequestedTo is not null;
}
