namespace Ballast.Web.Features.Parks;

/// <summary>A run in a line: its state and how many firms got each grade, how many are exempt and how many lack figures.</summary>
public sealed record RunSummary(int Id, int SchemeId, string SchemeName, int Year, PopulationKind PopulationKind, int PopulationUnitId,
    string PopulationName, int Number, RunState State, string RunBy, DateTimeOffset RunAt, string? ReviewedBy, string? PublishedBy,
    int Firms, int Scored, int Exempt, int Missing, int A, int B, int C, int D, int Version);
