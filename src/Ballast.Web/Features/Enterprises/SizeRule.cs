namespace Ballast.Web.Features.Enterprises;

/// <summary>One sector's row of the national size table (国统字〔2017〕213号), kept as reference data. Each
/// bound is the lower bound of that class on that measure; null means the class ignores the measure.
/// X = employees, Y = revenue (万元), Z = total assets (万元).</summary>
public sealed class SizeRule
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>GB/T 4754 divisions (two digits, comma-separated) the row applies to.</summary>
    public required string Divisions { get; set; }
    public int? LargeEmployees { get; set; }
    public decimal? LargeRevenue { get; set; }
    public decimal? LargeAssets { get; set; }
    public int? MediumEmployees { get; set; }
    public decimal? MediumRevenue { get; set; }
    public decimal? MediumAssets { get; set; }
    public int? SmallEmployees { get; set; }
    public decimal? SmallRevenue { get; set; }
    public decimal? SmallAssets { get; set; }
    /// <summary>Revenue from which a firm of the sector counts as above designated size (规上/限上), 万元.</summary>
    public decimal? AboveScaleRevenue { get; set; }
    public int SortOrder { get; set; }
}
