
namespace Ballast.Web.Features.Programme;

/// <summary>The API's view of a submission (no entity graphs, no file bytes).</summary>
public sealed record SubmissionDto(int Id, int IndicatorId, int PeriodId, int UnitId, decimal? Value, bool? Done, string? Narrative,
    SubmissionState State, string? ReturnReason, DateTimeOffset? SubmittedAt, string? SubmittedBy, bool SubmittedLate,
    DateOnly? ExtensionRequestedTo, string? ExtensionReason, DateOnly? ExtendedTo, int Version, IReadOnlyList<EvidenceInfo> Evidence)
{
    public static SubmissionDto? From(IndicatorSubmission? s, IReadOnlyList<EvidenceInfo> evidence) => s is null ? null
        : new(s.Id, s.IndicatorId, s.PeriodId, s.OwnerUnitId, s.Value, s.Done, s.Narrative, s.State, s.ReturnReason, s.SubmittedAt, s.SubmittedBy,
            s.SubmittedLate, s.ExtensionRequestedTo, s.ExtensionReason, s.ExtendedTo, s.Version, evidence);
}
