namespace Ballast.Web.Features.Parks;

/// <summary>A firm's result in one run, for its page of grades over the years.</summary>
public sealed record FirmYearResult(int RunId, int Year, int Number, RunState State, string SchemeName, ScoringMethod Scoring, string Population,
    PerMuGroup Group, decimal? Score, PerMuGrade? Grade, int? Rank, string? Missing, string? ExemptReason, string Explanation);
