namespace Ballast.Web.Features.Chains;

/// <summary>A firm of the registry working on a node of a chain map.</summary>
public sealed class FirmNode
{
    public int ChainNodeId { get; set; }
    public ChainNode? ChainNode { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprises.Enterprise? Enterprise { get; set; }
}
