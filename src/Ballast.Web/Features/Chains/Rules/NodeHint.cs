namespace Ballast.Web.Features.Chains;

/// <summary>What the records suggest about a node, beside the task force's own judgement.</summary>
public static class NodeHint
{
    /// <summary>Below this output (万元, i.e. 10 亿元) a node's firms are too small to carry it.</summary>
    public const decimal WeakOutputWan = 100_000m;

    /// <summary>No firm: likely missing; one or two firms, or a reported output under the floor: weak. An output
    /// nobody reported does not make a node weak on its own.</summary>
    public static NodeStatus Of(int firms, decimal? outputWan) =>
        firms == 0 ? NodeStatus.Missing
        : firms <= 2 || outputWan < WeakOutputWan ? NodeStatus.Weak
        : NodeStatus.Strong;

    public static string Name(NodeStatus s) => s switch
    {
        NodeStatus.Strong => "强",
        NodeStatus.Weak => "弱",
        _ => "缺",
    };

    public static string SegmentName(ChainSegment s) => s switch
    {
        ChainSegment.Upstream => "上游",
        ChainSegment.Midstream => "中游",
        _ => "下游",
    };
}
