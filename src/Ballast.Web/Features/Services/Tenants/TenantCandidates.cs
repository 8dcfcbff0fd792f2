using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>The firms of a building's district a user may place in it, found by part of the name or the start
/// of the USCC; a firm already in another building says which (placing it moves it).</summary>
public static class TenantCandidates
{
    public sealed record Candidate(int Id, string Name, string? Uscc, string? Building);

    public const int Limit = 30;

    public static async Task<IReadOnlyList<Candidate>> FindAsync(AppDbContext db, int buildingId, int ownerUnitId, string? find)
    {
        var q = find?.Trim();
        if (string.IsNullOrEmpty(q))
        {
            return [];
        }
        var districts = await Districts.LoadAsync(db);
        var units = districts.UnitsOf(districts.Of(ownerUnitId));
        var code = q.ToUpperInvariant();
        return await db.Enterprises.AsNoTracking()
            .Where(e => units.Contains(e.OwnerUnitId) && (e.BuildingId == null || e.BuildingId != buildingId)
                && (e.Name.Contains(q) || (e.Uscc != null && e.Uscc.StartsWith(code))))
            .OrderBy(e => e.Name).ThenBy(e => e.Id).Take(Limit)
            .Select(e => new Candidate(e.Id, e.Name, e.Uscc, db.Buildings.Where(b => b.Id == e.BuildingId).Select(b => b.Name).FirstOrDefault()))
            .ToListAsync();
    }
}
