namespace Ballast.Bench.Output;

/// <summary>One measure side by side with its floor. <see cref="Ratio"/> is Ballast over the floor (throughput:
/// share of the floor's; time: multiple of it); <see cref="Met"/> is null where no goal applies.</summary>
public sealed record ResultRow(
    string Measure,
    string Ballast,
    string Floor,
    double? Ratio,
    string Goal,
    bool? Met,
    double BallastValue,
    double? FloorValue,
    string Unit);
