using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Firms of the registry a park may take in, found by part of the name or the start of the USCC, city-wide
/// and past the registry's scope (name and code only); a firm in another park says which.</summary>
public static class FirmCandidates
{
    public sealed record Candidate(int Id, string Name, string? Uscc, string? Park);

    public const int Limit = 30;

    public static async Task<IReadOnlyList<Candidate>> FindAsync(AppDbContext db, int parkId, string? find)
    {
        var q = find?.Trim();
        if (string.IsNullOrEmpty(q))
        {
            return [];
        }
        var code = q.ToUpperInvariant();
        var open = db.ParkMemberships.Where(m => m.LeftOn == null);
        return await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Where(e => (e.Name.Contains(q) || (e.Uscc != null && e.Uscc.StartsWith(code))) && !open.Any(m => m.EnterpriseId == e.Id && m.ParkId == parkId))
            .OrderBy(e => e.Name).ThenBy(e => e.Id).Take(Limit)
            .Select(e => new Candidate(e.Id, e.Name, e.Uscc,
                open.Where(m => m.EnterpriseId == e.Id).Select(m => db.Parks.Where(p => p.Id == m.ParkId).Select(p => p.Unit!.Name).First()).FirstOrDefault()))
            .ToListAsync();
    }
}
