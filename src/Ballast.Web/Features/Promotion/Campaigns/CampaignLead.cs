namespace Ballast.Web.Features.Promotion;

/// <summary>A lead a campaign brought back: a project (from its lead stage on). A project is credited to
/// one campaign only, so no signing or investment is counted twice across campaigns.</summary>
public sealed class CampaignLead
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public int ProjectId { get; set; }
    public Projects.Project? Project { get; set; }
    public DateOnly GatheredOn { get; set; }
    public string? Note { get; set; }
}
