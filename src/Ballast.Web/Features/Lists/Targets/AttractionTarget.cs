using Ballast.Web.Common;

namespace Ballast.Web.Features.Lists;

/// <summary>A firm or project the city wants to attract (招引清单), not yet in negotiation.</summary>
public sealed class AttractionTarget : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    public string? Country { get; set; }
    public int? ChainId { get; set; }
    public Reference.Chain? Chain { get; set; }
    /// <summary>The node of the chain map whose gap the target would fill.</summary>
    public int? ChainNodeId { get; set; }
    public decimal? ExpectedInvestment { get; set; }
    public string? Note { get; set; }
    public int OwnerUnitId { get; set; }
    public Organisation.Unit? OwnerUnit { get; set; }
    /// <summary>Set when the target became a project in Ballast.</summary>
    public int? ProjectId { get; set; }
    public int Version { get; set; }
}
