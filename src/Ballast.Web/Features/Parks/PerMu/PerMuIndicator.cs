namespace Ballast.Web.Features.Parks;

/// <summary>One indicator of a scheme: a formula over the firm's yearly figures (e.g. "TaxPaid / LandMu"),
/// its weight and benchmark, for one group of firms.</summary>
public sealed class PerMuIndicator
{
    public int Id { get; set; }
    public int SchemeId { get; set; }
    public PerMuGroup Group { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Formula { get; set; }
    /// <summary>The unit the value is shown in (万元/亩 …).</summary>
    public string? ValueUnit { get; set; }
    public decimal Weight { get; set; }
    /// <summary>The benchmark value (ratio scoring); unused by min–max.</summary>
    public decimal? Benchmark { get; set; }
    /// <summary>Ratio scoring caps value ÷ benchmark here (e.g. 1.5), so one figure cannot carry a firm.</summary>
    public decimal? RatioCap { get; set; }
    public int SortOrder { get; set; }
}
