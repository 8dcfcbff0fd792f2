using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>十大新兴产业增速: each emerging chain's output growth over its member firms that reported output in
/// both years (可比口径), and the indicator's value is the lowest of them, since the target holds for every
/// chain. A chain none of whose firms reported both years leaves the indicator not reported, naming it.</summary>
public sealed class EmergingGrowth(AppDbContext db, Texts t)
{
    public const string Group = "emerging";

    public sealed record ChainGrowth(int ChainId, string Chain, decimal? Percent);

    public async Task<List<ChainGrowth>> ByChainAsync(int year)
    {
        var chains = await db.Chains.AsNoTracking().Where(c => c.Group!.Code == Group).OrderBy(c => c.SortOrder)
            .Select(c => new { c.Id, c.Name, c.NameEn }).ToListAsync();
        var ids = chains.Select(c => c.Id).ToList();
        var rows = await db.EnterpriseYears.AsNoTracking()
            .Where(y => (y.Year == year || y.Year == year - 1) && y.Output != null && y.Enterprise!.ChainId != null && ids.Contains(y.Enterprise.ChainId.Value))
            .Select(y => new { Chain = y.Enterprise!.ChainId!.Value, y.EnterpriseId, y.Year, Output = y.Output!.Value })
            .ToListAsync();
        return [.. chains.Select(c =>
        {
            var firms = rows.Where(r => r.Chain == c.Id).GroupBy(r => r.EnterpriseId)
                .Where(g => g.Any(r => r.Year == year) && g.Any(r => r.Year == year - 1)).ToList();
            var before = firms.Sum(g => g.Single(r => r.Year == year - 1).Output);
            var now = firms.Sum(g => g.Single(r => r.Year == year).Output);
            decimal? percent = firms.Count == 0 || before <= 0 ? null : Math.Round((now / before - 1m) * 100m, 1);
            return new ChainGrowth(c.Id, Texts.Pick(c.Name, c.NameEn), percent);
        })];
    }

    public async Task<ComputedValue> ComputeAsync(int year)
    {
        var chains = await ByChainAsync(year);
        var link = $"/Chains?Group={Group}&Year={year}";
        var missing = chains.Where(c => c.Percent is null).Select(c => c.Chain).ToList();
        if (chains.Count == 0 || missing.Count > 0)
        {
            // Short enough for a table cell: one chain is named, several are counted (the chain pages list them).
            var which = missing.Count == 1 ? missing[0] : t["{0}条新兴产业链", missing.Count > 0 ? missing.Count : chains.Count].Value;
            return new(null, link, t["{0}缺{1}年或{2}年产值，增速未报", which, year - 1, year].Value);
        }
        return new(chains.Min(c => c.Percent), link, null);
    }
}
