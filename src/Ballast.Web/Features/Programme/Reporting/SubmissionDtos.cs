using Ballast.Web.Features.Projects;

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

/// <summary>One line of "my updates". <c>EditRefusal</c> says why the value cannot be changed now.</summary>
public sealed record UpdateDto(int IndicatorId, string Code, string Name, string? NameEn, IndicatorKind Kind, string? Unit, decimal? Target,
    string? TargetText, string Battle, int UnitId, string UnitName, bool IsLead, DateOnly DueOn, string? EditRefusal, bool CanRequestExtension,
    SubmissionDto? Submission)
{
    public static UpdateDto From(UpdateRow r) => new(r.Indicator.Id, r.Indicator.Code, r.Indicator.Name, r.Indicator.NameEn, r.Indicator.Kind,
        r.Indicator.Unit, r.Indicator.Target, r.Indicator.TargetText, r.Battle, r.UnitId, r.Unit, r.IsLead, r.DueOn, r.EditRefusal,
        r.CanRequestExtension, SubmissionDto.From(r.Submission, r.Evidence));
}

/// <summary>One expected report in the review; <c>Reported</c> is false for none, a draft or a returned one.</summary>
public sealed record ReviewDto(int IndicatorId, string Code, string Name, IndicatorKind Kind, string? Unit, int UnitId, string UnitName,
    bool IsLead, string? LeadUnit, bool Reported, DateOnly DueOn, SubmissionDto? Submission)
{
    public static ReviewDto From(ReviewRow r) => new(r.Indicator.Id, r.Indicator.Code, r.Indicator.Name, r.Indicator.Kind, r.Indicator.Unit,
        r.UnitId, r.Unit, r.IsLead, r.LeadUnit, r.Reported, r.DueOn, SubmissionDto.From(r.Submission, r.Evidence));
}

public sealed record PeriodDto(int Id, int Year, int Month, DateOnly DueOn, PeriodState State, int Expected, int Reported, int NotReported,
    int Late, int Accepted, int Returned, int ExtensionRequests)
{
    public static PeriodDto From(PeriodSummary p) => new(p.Period.Id, p.Period.Year, p.Period.Month, p.Period.DueOn, p.Period.State,
        p.Expected, p.Reported, p.NotReported, p.Late, p.Accepted, p.Returned, p.ExtensionRequests);
}
