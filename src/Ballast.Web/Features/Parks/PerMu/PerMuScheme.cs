using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>A year's per-mu evaluation scheme (亩均效益评价办法) as data: indicators, weights, benchmarks,
/// scoring method, grade cut-offs and exemptions. Nothing of a scheme is code.</summary>
public sealed class PerMuScheme : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    /// <summary>The year whose figures are evaluated.</summary>
    public int Year { get; set; }
    public required string Name { get; set; }
    /// <summary>The document it follows (鲁政字〔2019〕235号 …).</summary>
    public string? Basis { get; set; }
    public ScoringMethod Scoring { get; set; }
    public GradeMethod Grading { get; set; }
    /// <summary>Percentile grading: the top share graded A, in % (e.g. 20); score grading: the lowest A score.</summary>
    public decimal CutA { get; set; }
    /// <summary>Percentile: A and B together, top %; score: the lowest B score.</summary>
    public decimal CutB { get; set; }
    /// <summary>Percentile: A, B and C together, top % (the rest is D); score: the lowest C score.</summary>
    public decimal CutC { get; set; }
    /// <summary>Firms founded fewer than this many years before the year's end are not graded (T).</summary>
    public int ExemptYoungerThanYears { get; set; }
    /// <summary>GB/T 4754 divisions not graded (T), comma-separated, e.g. utilities "44,45,46".</summary>
    public string? ExemptDivisions { get; set; }
    /// <summary>The GB/T 4754 divisions evaluated, as codes and ranges ("13-43" for manufacturing); null for all.</summary>
    public string? ScopeDivisions { get; set; }
    /// <summary>Firms using less land than this (亩) are left out of the population; null for no floor.</summary>
    public decimal? MinLandMu { get; set; }
    /// <summary>Above- and below-scale firms are ranked apart (Shandong).</summary>
    public bool RankGroupsApart { get; set; }
    public int OwnerUnitId { get; set; }
    public bool IsExample { get; set; }
    public int Version { get; set; }
    public List<PerMuIndicator> Indicators { get; set; } = [];
}
