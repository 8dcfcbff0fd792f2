namespace Ballast.Bench.Output;

/// <summary>One engine's run at one scale: what ran where, with which settings, and every row.</summary>
public sealed record BenchReport(
    MachineInfo Machine,
    DateTimeOffset Date,
    string Engine,
    string Scale,
    string Data,
    BenchOptions Options,
    int Year,
    int Month,
    IReadOnlyDictionary<string, double> Counts,
    IReadOnlyList<ResultRow> Rows,
    IReadOnlyList<string> Notes,
    string? Failure);
