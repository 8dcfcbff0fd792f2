namespace Ballast.Web.Features.Chains;

/// <summary>A node of the map with what the panel shows: the task force's status beside the computed hint, the
/// firms on it, the projects of those firms or raised from its targets, and the target firms and list entries.</summary>
public sealed record NodeView(int Id, int? ParentId, ChainSegment Segment, string Name, string? NameEn, NodeStatus? Status, NodeStatus Hint,
    int SortOrder, string? Note, int Version, IReadOnlyList<Named> Firms, decimal? OutputWan, IReadOnlyList<string> TargetFirms,
    IReadOnlyList<TargetRef> Targets, IReadOnlyList<ProjectRef> Projects)
{
    /// <summary>What the map shows: the task force's judgement, or the hint where it has not judged.</summary>
    public NodeStatus Shown => Status ?? Hint;
}
