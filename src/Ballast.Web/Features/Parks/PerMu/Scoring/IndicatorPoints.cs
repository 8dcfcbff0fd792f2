namespace Ballast.Web.Features.Parks;

/// <summary>How one indicator scored a firm: the formula, its inputs, the value, what it was measured against
/// (benchmark and cap, or the group's min and max) and the points. Stored as JSON in the result's explanation.</summary>
public sealed record IndicatorPoints(string Code, string Name, string Formula, IReadOnlyDictionary<string, decimal?> Inputs, decimal? Value,
    string? Unit, decimal Weight, decimal? Benchmark, decimal? Cap, decimal? Min, decimal? Max, decimal? Points, string? Missing);
