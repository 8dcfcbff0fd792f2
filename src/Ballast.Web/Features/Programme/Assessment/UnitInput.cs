
namespace Ballast.Web.Features.Programme;

/// <summary>What one unit brings to the assessment.</summary>
public sealed record UnitInput(
    int UnitId,
    string Name,
    string? NameEn,
    IReadOnlyList<ScoredItem> Items,
    IReadOnlyList<decimal> Adjustments,
    int OverdueSupervision);
