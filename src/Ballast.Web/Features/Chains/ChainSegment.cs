namespace Ballast.Web.Features.Chains;

/// <summary>Where a node sits along the chain (上游 / 中游 / 下游).</summary>
public enum ChainSegment
{
    Upstream,
    Midstream,
    Downstream,
}
