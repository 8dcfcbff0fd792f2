using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The small reference tables matching reads whole: units (with each one's district and region code),
/// chains and parks. Loaded once per request.</summary>
public sealed record Registry(IReadOnlyDictionary<int, Registry.District> Districts, IReadOnlyDictionary<int, (string Code, string Name)> Chains,
    IReadOnlyDictionary<int, (int UnitId, string Name)> Parks)
{
    /// <summary>The district a unit belongs to: its own region code, else its nearest parent's.</summary>
    public sealed record District(int UnitId, string? RegionCode, string Name);

    public static async Task<Registry> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.RegionCode, u.Name, u.NameEn }).ToDictionaryAsync(u => u.Id, ct);
        var districts = new Dictionary<int, District>();
        foreach (var u in units.Values)
        {
            var at = u;
            for (var hops = 0; at.RegionCode is null && at.ParentId is { } p && units.TryGetValue(p, out var parent) && hops < 10; hops++)
            {
                at = parent;
            }
            districts[u.Id] = at.RegionCode is null ? new District(u.Id, null, Texts.Pick(u.Name, u.NameEn))
                : new District(at.Id, at.RegionCode, Texts.Pick(at.Name, at.NameEn));
        }
        var chains = await db.Chains.AsNoTracking().Select(c => new { c.Id, c.Code, c.Name, c.NameEn })
            .ToDictionaryAsync(c => c.Id, c => (c.Code, Texts.Pick(c.Name, c.NameEn)), ct);
        var parks = await db.Parks.AsNoTracking().Select(p => new { p.Id, p.UnitId, p.Unit!.Name, p.Unit.NameEn })
            .ToDictionaryAsync(p => p.Id, p => (p.UnitId, Texts.Pick(p.Name, p.NameEn)), ct);
        return new Registry(districts, chains, parks);
    }
}
