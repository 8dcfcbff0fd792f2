namespace Ballast.Web.Features.Parks;

/// <summary>A firm's line in a run: who, which group, score, grade and rank, or why not graded; the explanation of every point.</summary>
public sealed record ResultRow(int EnterpriseId, string? Uscc, string Name, string? Division, PerMuGroup Group, decimal? Score, PerMuGrade? Grade,
    int? Rank, string? Missing, string? ExemptReason, PerMuExplanation Explanation)
{
    /// <summary>The grade in the previous published run of the same population, for the year-on-year column.</summary>
    public PerMuGrade? PreviousGrade { get; init; }
}
