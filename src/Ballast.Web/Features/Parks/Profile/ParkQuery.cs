using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>The park list's filters, in the URL: one query for the page, its export, the API and the plan's
/// links. Output and tiers are as of <see cref="Year"/>.</summary>
public sealed class ParkQuery
{
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public int? District { get; set; }
    [FromQuery] public int? Chain { get; set; }
    [FromQuery] public ParkStatus? Status { get; set; }
    /// <summary>Only parks listed on or before this day (the plan's deadline), not revoked.</summary>
    [FromQuery] public DateOnly? Listed { get; set; }
    /// <summary>Only parks (not revoked) whose output for the year reaches this tier (亿元).</summary>
    [FromQuery] public decimal? Tier { get; set; }
    [FromQuery] public bool? Benchmark { get; set; }
    [FromQuery] public string? Q { get; set; }

    public async Task<List<ParkRow>> RunAsync(AppDbContext db, int year, int? id = null)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var q = db.Parks.AsNoTracking();
        if (id is { } only) { q = q.Where(p => p.Id == only); }
        if (District is { } district) { q = q.Where(p => p.DistrictUnitId == district); }
        if (Chain is { } chain) { q = q.Where(p => p.ChainId == chain); }
        if (Status is { } status) { q = q.Where(p => p.Status == status); }
        if (Listed is { } day) { q = q.Where(p => p.Status != ParkStatus.Revoked && p.ListedOn != null && p.ListedOn <= day); }
        // A revoked park is no longer a professional park: it reaches no tier.
        if (Tier is not null) { q = q.Where(p => p.Status != ParkStatus.Revoked); }
        if (Benchmark == true) { q = q.Where(p => p.IsBenchmark); }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            q = q.Where(p => p.Unit!.Name.Contains(text) || (p.Address != null && p.Address.Contains(text)));
        }
        var rows = await q.OrderBy(p => p.Unit!.SortOrder).ThenBy(p => p.Id)
            .Select(p => new ParkRow(p.Id, p.UnitId, p.Unit!.Name, p.Unit.NameEn, p.DistrictUnitId,
                db.Units.Where(u => u.Id == p.DistrictUnitId).Select(u => u.Name).First(),
                db.Units.Where(u => u.Id == p.DistrictUnitId).Select(u => u.NameEn).First(),
                p.ChainId, p.Chain!.Name, p.Chain.NameEn, p.PlannedAreaMu, p.UsedAreaMu, p.ListedOn, p.Status, p.IsBenchmark,
                db.ParkMechanisms.Count(m => m.ParkId == p.Id && m.State == MechanismState.InPlace),
                db.ParkMemberships.Count(m => m.ParkId == p.Id && m.EnteredOn <= yearEnd && (m.LeftOn == null || m.LeftOn > yearEnd)),
                p.IsDemo, p.Version))
            .ToListAsync();
        var outputs = await ParkOutputs.ForYearAsync(db, year, id is null ? null : [id.Value]);
        var result = rows.Select(r => r with { Output = outputs.Of(r.Id) });
        return [.. Tier is { } tier ? result.Where(r => ParkTiers.Reached(r.Output.Output, tier)) : result];
    }
}
