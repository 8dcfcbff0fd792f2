namespace Ballast.Web.Features.Parks;

/// <summary>A firm's result in a run: its score, grade, rank and the explanation of every point. A firm with a
/// missing figure gets no score and no grade; <see cref="Missing"/> names the figures.</summary>
public sealed class PerMuResult
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprises.Enterprise? Enterprise { get; set; }
    public PerMuGroup Group { get; set; }
    public decimal? Score { get; set; }
    public PerMuGrade? Grade { get; set; }
    /// <summary>1 for the best score in its ranking group; ties share a rank.</summary>
    public int? Rank { get; set; }
    /// <summary>Why the firm was not graded (T), e.g. "成立不满2年".</summary>
    public string? ExemptReason { get; set; }
    /// <summary>The figures that were missing, e.g. "LandMu, EnergyTce".</summary>
    public string? Missing { get; set; }
    /// <summary>JSON: per indicator, the value, the benchmark or range, and the points.</summary>
    public required string Explanation { get; set; }
}
