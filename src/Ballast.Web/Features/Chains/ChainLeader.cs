namespace Ballast.Web.Features.Chains;

/// <summary>A city leader at the head of a chain: the chain chief (链长) or a vice chief.</summary>
public sealed class ChainLeader
{
    public int ChainId { get; set; }
    public int LeaderId { get; set; }
    public Organisation.Leader? Leader { get; set; }
    public bool IsChief { get; set; }
}
