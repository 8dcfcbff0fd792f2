
namespace Ballast.Web.Features.Programme;

/// <summary>One line of "my updates": an indicator the unit answers for, and where it stands.</summary>
public sealed record UpdateRow(Indicator Indicator, string Battle, string? BattleEn, int UnitId, string Unit, string? UnitEn, bool IsLead,
    IndicatorSubmission? Submission, IReadOnlyList<EvidenceInfo> Evidence, DateOnly DueOn, string? EditRefusal, bool CanRequestExtension);
