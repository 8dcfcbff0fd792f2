namespace Ballast.Web.Features.Chains;

/// <summary>How the city stands on a node, as the chain's task force judges it (强 / 弱 / 缺).</summary>
public enum NodeStatus
{
    Strong,
    Weak,
    Missing,
}
