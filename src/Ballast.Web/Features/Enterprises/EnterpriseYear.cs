using Ballast.Web.Common;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A firm's figures for one year, each as reported by <see cref="Source"/>. Owned by the unit that
/// reported them. Money in 万元; a missing figure stays null, never zero.</summary>
public sealed class EnterpriseYear : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public int Year { get; set; }
    public decimal? Revenue { get; set; }
    /// <summary>Gross industrial output (产值).</summary>
    public decimal? Output { get; set; }
    public decimal? ValueAdded { get; set; }
    public decimal? TaxPaid { get; set; }
    public decimal? RdSpending { get; set; }
    public int? Employees { get; set; }
    public decimal? TotalAssets { get; set; }
    /// <summary>Energy use in tonnes of standard coal (吨标准煤).</summary>
    public decimal? EnergyTce { get; set; }
    /// <summary>Land used in 亩.</summary>
    public decimal? LandMu { get; set; }
    /// <summary>Floor area in m².</summary>
    public decimal? FloorAreaM2 { get; set; }
    /// <summary>Chemical oxygen demand, ammonia, SO₂ and NOₓ together (主要污染物排放), in tonnes.</summary>
    public decimal? EmissionsT { get; set; }
    /// <summary>Where the figures come from (统计局年报, 税务局, 企业填报 …).</summary>
    public required string Source { get; set; }
    /// <summary>Computed on save from employees, revenue and assets by the year's size rule.</summary>
    public SizeClass? SizeClass { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
