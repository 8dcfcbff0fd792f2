using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Common.Web;

public static class Versions
{
    /// <summary>Saves against the version the user read: null means "the version just loaded"
    /// (state moves without a form), which still refuses a save that races another.</summary>
    public static void Expect<T>(this DbContext db, T entity, int? version) where T : class, IVersioned
    {
        if (version is { } read)
        {
            db.Entry(entity).Property(e => e.Version).OriginalValue = read;
        }
    }

    /// <summary>Saves, or answers the conflict (with the tracker cleared) instead of throwing it.</summary>
    public static async Task<VersionConflict?> SaveOrConflictAsync(this DbContext db)
    {
        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException e)
        {
            var conflict = await VersionConflict.FromAsync(e);
            db.ChangeTracker.Clear();
            return conflict;
        }
    }
}
