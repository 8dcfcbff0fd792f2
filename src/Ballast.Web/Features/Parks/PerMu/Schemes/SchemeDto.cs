namespace Ballast.Web.Features.Parks;

/// <summary>A scheme as the API shows it: its fields and indicators, whether it is a shipped example, and whether
/// a published run froze it.</summary>
public sealed record SchemeDto(int Id, int Year, string Name, string? Basis, ScoringMethod Scoring, GradeMethod Grading, decimal CutA, decimal CutB,
    decimal CutC, int ExemptYoungerThanYears, string? ExemptDivisions, string? ScopeDivisions, decimal? MinLandMu, bool RankGroupsApart,
    int OwnerUnitId, bool IsExample, bool Frozen, int Version, IReadOnlyList<IndicatorInput> Indicators)
{
    public static SchemeDto Of(PerMuScheme s, bool frozen) => new(s.Id, s.Year, s.Name, s.Basis, s.Scoring, s.Grading, s.CutA, s.CutB, s.CutC,
        s.ExemptYoungerThanYears, s.ExemptDivisions, s.ScopeDivisions, s.MinLandMu, s.RankGroupsApart, s.OwnerUnitId, s.IsExample, frozen, s.Version,
        [.. s.Indicators.OrderBy(i => i.Group).ThenBy(i => i.SortOrder).Select(IndicatorInput.From)]);
}
