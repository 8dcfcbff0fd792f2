namespace Ballast.Web.Features.Chains;

/// <summary>A node's firms and their output for the year (万元; null when none reported), with the hint they give.</summary>
public sealed record NodeFigure(int NodeId, int Firms, decimal? OutputWan)
{
    public NodeStatus Hint => NodeHint.Of(Firms, OutputWan);
}
