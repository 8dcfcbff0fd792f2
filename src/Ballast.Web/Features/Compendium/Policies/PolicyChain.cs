namespace Ballast.Web.Features.Compendium;

/// <summary>A chain a policy is meant for.</summary>
public sealed class PolicyChain
{
    public int PolicyId { get; set; }
    public int ChainId { get; set; }
    public Reference.Chain? Chain { get; set; }
}
