using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Promotion;

/// <summary>The answer of adding a lead: the lead, or the refusal (fields and reasons, or the possible duplicates).</summary>
public sealed record LeadAdded(SaveOutcome Outcome, CampaignLead? Lead, List<(string Field, string Message)> Errors, List<PossibleDuplicate> Duplicates);
