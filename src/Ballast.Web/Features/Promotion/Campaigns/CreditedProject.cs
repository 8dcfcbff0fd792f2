using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Promotion;

/// <summary>A project a campaign is credited with (the survivor, when the lead's project was merged into another).
/// Hidden: outside the reader's scope, so named by its owning unit only and not linked.</summary>
public sealed record CreditedProject(int CampaignId, int LeadId, int ProjectId, string Name, string? Investor, string? Country,
    ProjectStage Stage, DateOnly GatheredOn, DateOnly? SignedOn, DateOnly? StartedOn, bool IsExpansion, decimal TotalInvestmentWan,
    int? ChainId, string? Chain, string? ChainEn, int? MergedFromId, bool Hidden = false)
{
    public bool Negotiating => Stage == ProjectStage.Negotiating;

    /// <summary>Counted as a signed project: signed, and a new project (an expansion adds only its amount).</summary>
    public bool SignedNew => SignedOn is not null && !IsExpansion;

    public bool SignedAny => SignedOn is not null;

    public bool StartedNew => StartedOn is not null && !IsExpansion;
}
