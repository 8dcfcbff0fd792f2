namespace Ballast.Web.Features.Promotion;

/// <summary>A group of the year's results (a destination country, a chain): its figures counted once within it.</summary>
public sealed record GroupRow(string Name, int Campaigns, CampaignFigures Figures);
