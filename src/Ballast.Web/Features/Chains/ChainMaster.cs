namespace Ballast.Web.Features.Chains;

/// <summary>A chain master (链主): a leading firm of the registry that anchors the chain.</summary>
public sealed class ChainMaster
{
    public int ChainId { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprises.Enterprise? Enterprise { get; set; }
}
