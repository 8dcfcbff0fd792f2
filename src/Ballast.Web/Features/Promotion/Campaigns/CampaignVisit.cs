namespace Ballast.Web.Features.Promotion;

/// <summary>A firm or organisation the delegation visited.</summary>
public sealed class CampaignVisit
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public required string FirmName { get; set; }
    public string? Country { get; set; }
    /// <summary>The firm's record in the registry, when it has one.</summary>
    public int? EnterpriseId { get; set; }
    public DateOnly? VisitedOn { get; set; }
    public string? Note { get; set; }
}
