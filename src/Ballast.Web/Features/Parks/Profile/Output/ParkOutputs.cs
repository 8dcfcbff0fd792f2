using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Every park's output for a year, in three queries, summed here rather than in SQL so both engines add
/// decimals alike. Members are the firms whose stay in the park is open on 31 December. A park's figure is a
/// city-wide read like the park itself: the firms' rows are read past the registry's scope, as sums only.</summary>
public static class ParkOutputs
{
    public static async Task<Dictionary<int, ParkOutput>> ForYearAsync(AppDbContext db, int year, IReadOnlyCollection<int>? parkIds = null)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var members = db.ParkMemberships.AsNoTracking().Where(m => m.EnteredOn <= yearEnd && (m.LeftOn == null || m.LeftOn > yearEnd));
        var entered = db.ParkYears.AsNoTracking().Where(y => y.Year == year);
        if (parkIds is not null)
        {
            members = members.Where(m => parkIds.Contains(m.ParkId));
            entered = entered.Where(y => parkIds.Contains(y.ParkId));
        }
        var stays = await members.Select(m => new { m.ParkId, m.EnterpriseId }).ToListAsync();
        var firmIds = stays.Select(s => s.EnterpriseId).Distinct().ToList();
        var figures = (await db.EnterpriseYears.IgnoreQueryFilters().AsNoTracking()
                .Where(y => y.Year == year && firmIds.Contains(y.EnterpriseId))
                .Select(y => new { y.EnterpriseId, y.Output, y.Revenue }).ToListAsync())
            .GroupBy(y => y.EnterpriseId).ToDictionary(g => g.Key, g => g.First());
        var enteredBy = (await entered.Select(y => new { y.ParkId, y.Output, y.Revenue, y.Source }).ToListAsync()).ToDictionary(y => y.ParkId);
        var result = new Dictionary<int, ParkOutput>();
        foreach (var park in stays.Select(s => s.ParkId).Union(enteredBy.Keys).Distinct())
        {
            var firms = stays.Where(s => s.ParkId == park).Select(s => figures.GetValueOrDefault(s.EnterpriseId)).ToList();
            var outputs = firms.Where(f => f?.Output is not null).Select(f => f!.Output!.Value).ToList();
            var revenues = firms.Where(f => f?.Revenue is not null).Select(f => f!.Revenue!.Value).ToList();
            var e = enteredBy.GetValueOrDefault(park);
            result[park] = new ParkOutput(firms.Count, outputs.Count, outputs.Count > 0 ? outputs.Sum() : null,
                revenues.Count > 0 ? revenues.Sum() : null, e?.Output, e?.Revenue, e?.Source);
        }
        return result;
    }

    public static ParkOutput Of(this Dictionary<int, ParkOutput> outputs, int parkId) => outputs.GetValueOrDefault(parkId) ?? ParkOutput.None;
}
