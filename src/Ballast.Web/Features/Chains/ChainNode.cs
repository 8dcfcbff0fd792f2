namespace Ballast.Web.Features.Chains;

/// <summary>A link of the chain map (产业链图谱): a product or technology the chain needs. Nodes nest
/// (<see cref="ParentId"/>) under a segment; a weak or missing node names the firms elsewhere worth attracting.</summary>
public sealed class ChainNode : Common.IVersioned
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public Reference.Chain? Chain { get; set; }
    public ChainSegment Segment { get; set; }
    public int? ParentId { get; set; }
    public ChainNode? Parent { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    /// <summary>Unset until the task force judges it; the page shows a hint computed from firms and output.</summary>
    public NodeStatus? Status { get; set; }
    /// <summary>Firms elsewhere that lead on this node (one per line), candidates for the "to attract" list.</summary>
    public string? TargetFirms { get; set; }
    public string? Note { get; set; }
    public int SortOrder { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
}
