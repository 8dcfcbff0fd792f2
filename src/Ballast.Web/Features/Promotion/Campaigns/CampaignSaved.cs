using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Promotion;

/// <summary>The answer of a campaign save: the campaign, or the refusal with each field and its reason.</summary>
public sealed record CampaignSaved(SaveOutcome Outcome, Campaign? Campaign, List<(string Field, string Message)> Errors, int? CurrentVersion = null);
