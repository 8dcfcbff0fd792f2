using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Features.Promotion;

/// <summary>The campaigns of a year, filtered as the list's URL says: one query for the page, the export, the results and the API.</summary>
public sealed class CampaignQuery
{
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public CampaignKind? Kind { get; set; }
    /// <summary>The destination's country or region: the part of 日本·东京 before the dot.</summary>
    [FromQuery] public string? Country { get; set; }
    [FromQuery] public int? Chain { get; set; }

    public IQueryable<Campaign> Apply(AppDbContext db, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var q = db.Campaigns.Where(c => c.StartsOn >= from && c.StartsOn <= to);
        if (Kind is { } kind) { q = q.Where(c => c.Kind == kind); }
        if (Chain is { } chain) { q = q.Where(c => c.ChainId == chain); }
        if (!string.IsNullOrWhiteSpace(Country))
        {
            var country = Country.Trim();
            q = q.Where(c => c.Destination == country || c.Destination.StartsWith(country + Separator));
        }
        return q.OrderBy(c => c.StartsOn).ThenBy(c => c.Id);
    }

    public const string Separator = "·";

    public static string CountryOf(string destination) => destination.Split(Separator)[0].Trim();
}
