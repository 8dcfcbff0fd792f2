using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>A park's admission thresholds (入园门槛) for one year. A null threshold is not applied.</summary>
public sealed class AdmissionThreshold : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int Year { get; set; }
    /// <summary>Minimum investment intensity, 万元/亩 (≥).</summary>
    public decimal? MinInvestmentPerMu { get; set; }
    /// <summary>Minimum expected yearly output per mu, 万元/亩 (≥).</summary>
    public decimal? MinOutputPerMu { get; set; }
    /// <summary>Minimum expected yearly tax per mu, 万元/亩 (≥).</summary>
    public decimal? MinTaxPerMu { get; set; }
    /// <summary>A project short of a threshold by no more than this share (e.g. 0.10) is conditional, not failed.</summary>
    public decimal ConditionalShortfall { get; set; }
    /// <summary>The project's chain must be the park's lead chain.</summary>
    public bool RequireChainFit { get; set; }
    public string? Basis { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
