using Ballast.Web.Common.Localization;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The campaigns of a year with their results: a row each, a total that counts every project once, and the
/// same by destination country and by the projects' chain.</summary>
public sealed record CampaignYear(int Year, List<CampaignRow> Rows, CampaignFigures Total, List<GroupRow> ByCountry, List<GroupRow> ByChain,
    List<CreditedProject> Credited)
{
    public static Task<CampaignYear> LoadAsync(Data.AppDbContext db, CampaignResults results, CampaignQuery query, int year, Texts t) =>
        LoadAsync(db, results, query.Apply(db, year), year, t);

    /// <summary>The given campaigns' rows and results, with key projects' completion in <paramref name="year"/>.</summary>
    public static async Task<CampaignYear> LoadAsync(Data.AppDbContext db, CampaignResults results, IQueryable<Campaign> chosen, int year, Texts t)
    {
        var campaigns = await chosen.AsNoTracking().Select(c => new
        {
            c.Id, c.Name, c.Kind, c.Destination, c.StartsOn, c.EndsOn, Chain = c.Chain!.Name, ChainEn = c.Chain.NameEn, c.LeaderName,
            c.OwnerUnitId, Owner = db.Units.Where(u => u.Id == c.OwnerUnitId).Select(u => u.Name).FirstOrDefault(),
            OwnerEn = db.Units.Where(u => u.Id == c.OwnerUnitId).Select(u => u.NameEn).FirstOrDefault(), c.IsDemo,
        }).ToListAsync();
        var credited = await results.CreditedAsync([.. campaigns.Select(c => c.Id)]);
        var keys = await results.KeyAsync(credited.Select(c => c.ProjectId), year);
        var byCampaign = credited.ToLookup(c => c.CampaignId);
        var rows = campaigns.Select(c => new CampaignRow(c.Id, c.Name, c.Kind, c.Destination, c.StartsOn, c.EndsOn, c.Chain, c.ChainEn,
            c.LeaderName, c.OwnerUnitId, c.Owner, c.OwnerEn, c.IsDemo, CampaignFigures.Of(byCampaign[c.Id], keys))).ToList();
        var byCountry = rows.GroupBy(r => r.Country).Select(g => new GroupRow(g.Key, g.Count(),
                CampaignFigures.Of(g.SelectMany(r => byCampaign[r.Id]), keys)))
            .OrderByDescending(g => g.Figures.SignedInvestmentWan).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var none = t["未明确产业链"].Value;
        var byChain = credited.GroupBy(c => c.Chain is null ? none : Texts.Pick(c.Chain, c.ChainEn))
            .Select(g => new GroupRow(g.Key, g.Select(c => c.CampaignId).Distinct().Count(), CampaignFigures.Of(g, keys)))
            .OrderByDescending(g => g.Figures.SignedInvestmentWan).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        return new(year, rows, CampaignFigures.Of(credited, keys), byCountry, byChain, credited);
    }
}
