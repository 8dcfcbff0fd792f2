namespace Ballast.Web.Features.Promotion;

/// <summary>A member of the delegation.</summary>
public sealed class CampaignMember
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public required string Name { get; set; }
    public string? Unit { get; set; }
    public string? Title { get; set; }
}
