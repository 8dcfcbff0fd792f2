using System.Text.Json.Serialization;

namespace Ballast.Web.Features.Parks;

[JsonConverter(typeof(JsonStringEnumConverter<ScoringMethod>))]
public enum ScoringMethod
{
    /// <summary>Σ value ÷ benchmark × weight.</summary>
    Ratio,
    /// <summary>Σ weight × [20 + 80 × (x − min)/(max − min)] / 100.</summary>
    MinMax,
}

[JsonConverter(typeof(JsonStringEnumConverter<GradeMethod>))]
public enum GradeMethod
{
    /// <summary>By rank: the top CutA % are A, and so on.</summary>
    Percentile,
    /// <summary>By score: at least CutA is A, and so on.</summary>
    Score,
}

/// <summary>Which firms an indicator scores: above-scale (规上) and below-scale (规下) are scored differently.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PerMuGroup>))]
public enum PerMuGroup
{
    AboveScale,
    BelowScale,
}

[JsonConverter(typeof(JsonStringEnumConverter<PerMuGrade>))]
public enum PerMuGrade
{
    /// <summary>优先发展.</summary>
    A,
    /// <summary>支持发展.</summary>
    B,
    /// <summary>提升发展.</summary>
    C,
    /// <summary>限制发展.</summary>
    D,
    /// <summary>不参评: exempt (young firm, utility).</summary>
    T,
}

[JsonConverter(typeof(JsonStringEnumConverter<PopulationKind>))]
public enum PopulationKind
{
    District,
    Park,
}

[JsonConverter(typeof(JsonStringEnumConverter<RunState>))]
public enum RunState
{
    Draft,
    Reviewed,
    /// <summary>Published and frozen; a rerun creates a new version.</summary>
    Published,
    /// <summary>A later version of the same population and year was published.</summary>
    Superseded,
}
