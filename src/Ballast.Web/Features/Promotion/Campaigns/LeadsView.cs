namespace Ballast.Web.Features.Promotion;

/// <summary>The model of the credited-projects table on the campaign page and the year's results.</summary>
public sealed record LeadsView(IReadOnlyList<CreditedProject> Rows, string? Figure, IReadOnlyDictionary<int, KeyCompletion> Keys,
    bool ShowCampaign, IReadOnlyDictionary<int, string> CampaignNames, bool CanRemove);
