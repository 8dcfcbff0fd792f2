using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Builds <see cref="FirmFacts"/> for many firms in a few queries per batch (firms, years, designations, park stays),
/// never one query per firm. The firms come from a query the caller has scoped and prefiltered.</summary>
public sealed class FactsLoader(AppDbContext db)
{
    public const int BatchSize = 500;

    /// <summary>How many years of figures a snapshot carries: a condition looks at most three years back.</summary>
    public const int YearsBack = 3;

    public async IAsyncEnumerable<IReadOnlyList<FirmFacts>> BatchesAsync(IQueryable<Enterprise> firms, Registry registry, int year,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var heads = await firms.AsNoTracking().OrderBy(e => e.Id).Select(e => new FirmHead(e.Id, e.Name, e.Uscc, e.OwnerUnitId, e.IndustryDivisionCode,
            e.ChainId, e.IsAboveScale, e.IsListed, e.ContactName, e.ContactPhone)).ToListAsync(ct);
        foreach (var chunk in heads.Chunk(BatchSize))
        {
            yield return await BatchAsync(chunk, registry, year, ct);
        }
    }

    public async Task<List<FirmFacts>> AllAsync(IQueryable<Enterprise> firms, Registry registry, int year, CancellationToken ct = default)
    {
        var all = new List<FirmFacts>();
        await foreach (var batch in BatchesAsync(firms, registry, year, ct))
        {
            all.AddRange(batch);
        }
        return all;
    }

    private sealed record FirmHead(int Id, string Name, string? Uscc, int OwnerUnitId, string? Division, int? ChainId, bool AboveScale, bool Listed,
        string? ContactName, string? ContactPhone);

    private async Task<IReadOnlyList<FirmFacts>> BatchAsync(FirmHead[] heads, Registry registry, int year, CancellationToken ct)
    {
        var ids = heads.Select(h => h.Id).ToList();
        var from = year - YearsBack;
        var years = (await db.EnterpriseYears.AsNoTracking().Where(y => ids.Contains(y.EnterpriseId) && y.Year >= from && y.Year <= year)
            .Select(y => new { y.EnterpriseId, Facts = new FirmYearFacts(y.Year, y.SizeClass, y.Revenue, y.Output, y.TaxPaid, y.RdSpending, y.Employees,
                y.ValueAdded, y.TotalAssets) }).ToListAsync(ct)).ToLookup(y => y.EnterpriseId, y => y.Facts);
        var designations = (await db.Designations.AsNoTracking().Where(d => d.EnterpriseId != null && ids.Contains(d.EnterpriseId.Value))
            .Select(d => new { Firm = d.EnterpriseId!.Value, d.KindCode, d.Kind!.Name, d.Kind.NameEn, d.Year, d.ExpiresOn }).ToListAsync(ct))
            .ToLookup(d => d.Firm, d => new HeldDesignation(d.KindCode, Texts.Pick(d.Name, d.NameEn), d.Year, d.ExpiresOn));
        var stays = (await db.ParkMemberships.AsNoTracking().Where(m => ids.Contains(m.EnterpriseId))
            .Select(m => new { m.EnterpriseId, m.ParkId, m.EnteredOn, m.LeftOn }).ToListAsync(ct))
            .Where(m => registry.Parks.ContainsKey(m.ParkId))
            .ToLookup(m => m.EnterpriseId, m => new ParkStay(registry.Parks[m.ParkId].UnitId, registry.Parks[m.ParkId].Name, m.EnteredOn, m.LeftOn));
        return [.. heads.Select(h =>
        {
            var district = registry.Districts.GetValueOrDefault(h.OwnerUnitId);
            var chain = h.ChainId is { } c && registry.Chains.TryGetValue(c, out var ch) ? ch : default((string Code, string Name)?);
            return new FirmFacts(h.Id, h.Name, h.Uscc)
            {
                DistrictUnitId = district?.UnitId ?? h.OwnerUnitId, DistrictName = district?.Name, RegionCode = district?.RegionCode,
                DivisionCode = h.Division, ChainCode = chain?.Code, ChainName = chain?.Name, IsAboveScale = h.AboveScale, IsListed = h.Listed,
                ContactName = h.ContactName, ContactPhone = h.ContactPhone, Years = years[h.Id].ToDictionary(y => y.Year),
                Designations = [.. designations[h.Id]], Parks = [.. stays[h.Id]],
            };
        })];
    }
}
