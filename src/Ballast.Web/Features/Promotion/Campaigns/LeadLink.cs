namespace Ballast.Web.Features.Promotion;

/// <summary>A lead as the credit rule sees it: the project it named and the project that now stands for it.</summary>
public sealed record LeadLink(int LeadId, int CampaignId, int ProjectId, int EffectiveProjectId, DateOnly GatheredOn);
