namespace Ballast.Web.Features.Chains;

/// <summary>A target to attract for the chain, with the node whose gap it fills and the project it became.</summary>
public sealed record TargetRef(int Id, string Name, int Year, string? Country, int? ChainNodeId, int? ProjectId);
