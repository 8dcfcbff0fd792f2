namespace Ballast.Web.Features.Parks;

/// <summary>A firm's outcome in a run: scored and graded, exempt (T, with the reason) or missing figures (named).</summary>
public sealed record FirmScore(int EnterpriseId, PerMuGroup Group)
{
    public decimal? Score { get; set; }
    public PerMuGrade? Grade { get; set; }
    public int? Rank { get; set; }
    public string? ExemptReason { get; set; }
    public string? Missing { get; set; }
    public bool LandFromRegistry { get; init; }
    public List<IndicatorPoints> Points { get; } = [];
}
