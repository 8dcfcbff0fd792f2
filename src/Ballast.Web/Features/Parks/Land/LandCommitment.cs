using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>What an investor promised for its land (标准地 承诺): per-mu investment, output and tax, and the
/// dates it would start and produce. What it reached is computed from its firm's yearly figures.</summary>
public sealed class LandCommitment : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Projects.Project? Project { get; set; }
    /// <summary>The firm whose yearly figures measure the promise; the project's investor by default.</summary>
    public int? EnterpriseId { get; set; }
    public string? AgreementNo { get; set; }
    public DateOnly? SignedOn { get; set; }
    /// <summary>Investment intensity promised, 万元/亩.</summary>
    public decimal? InvestmentPerMu { get; set; }
    /// <summary>Yearly output per mu promised after production, 万元/亩.</summary>
    public decimal? OutputPerMu { get; set; }
    /// <summary>Yearly tax per mu promised after production, 万元/亩.</summary>
    public decimal? TaxPerMu { get; set; }
    public DateOnly? StartBy { get; set; }
    public DateOnly? ProductionBy { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
