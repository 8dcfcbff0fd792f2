namespace Ballast.Web.Features.Promotion;

/// <summary>A campaign as the list, the year's results and the export show it.</summary>
public sealed record CampaignRow(int Id, string Name, CampaignKind Kind, string Destination, DateOnly StartsOn, DateOnly EndsOn,
    string? Chain, string? ChainEn, string? LeaderName, int OwnerUnitId, string? Owner, string? OwnerEn, bool IsDemo, CampaignFigures Figures)
{
    public string Country => CampaignQuery.CountryOf(Destination);
}
