using Ballast.Web.Common;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Questions the save path and the import both ask of the stored policies.</summary>
public static class PolicyLookups
{
    /// <summary>The title of another policy in force from the same issuer with this 文号, or null.</summary>
    public static async Task<string?> SameNumberAsync(AppDbContext db, int? id, string? number, string issuer)
    {
        if (number is null)
        {
            return null;
        }
        var today = CityTime.Today(db.Time);
        return await db.Policies.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.Id != (id ?? 0) && p.DocumentNumber == number && p.Issuer == issuer)
            .Where(PolicyStatuses.InForceOn(today))
            .Select(p => p.Title).FirstOrDefaultAsync();
    }
}
