using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>An item as it applies to one unit, with the status that scores it.</summary>
public sealed record ScoredItem(int ItemId, string Name, string? NameEn, decimal Weight, AssessmentRole Role, Status Status)
{
    public decimal EffectiveWeight => AssessmentScoring.EffectiveWeight(Weight, Role);
    public decimal Score => AssessmentScoring.ItemScore(Status);
}
