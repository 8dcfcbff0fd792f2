using Ballast.Web.Common;

namespace Ballast.Web.Features.Promotion;

/// <summary>A promotion trip abroad (出海招商) or a promotion event: where, when, who went, whom they
/// visited and the leads they brought back, each a project whose later signing is counted here once.</summary>
public sealed class Campaign : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public CampaignKind Kind { get; set; }
    /// <summary>Country and city (日本·东京), or the venue of an event.</summary>
    public required string Destination { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>The chain the trip serves (one global plan per chain), if any.</summary>
    public int? ChainId { get; set; }
    public Reference.Chain? Chain { get; set; }
    public string? LeaderName { get; set; }
    public string? Summary { get; set; }
    public int OwnerUnitId { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<CampaignMember> Members { get; set; } = [];
    public List<CampaignVisit> Visits { get; set; } = [];
    public List<CampaignLead> Leads { get; set; } = [];
}
