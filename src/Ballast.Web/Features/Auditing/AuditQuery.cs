using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auditing;

public static class AuditQuery
{
    public const int PageSize = 50;

    /// <summary>The filter the audit page and the API share.</summary>
    public static IQueryable<AuditEntry> Filter(AppDbContext db, string? entityType, string? entityKey, string? user)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            q = q.Where(e => e.EntityType == entityType);
        }
        if (!string.IsNullOrWhiteSpace(entityKey))
        {
            q = q.Where(e => e.EntityKey == entityKey);
        }
        if (!string.IsNullOrWhiteSpace(user))
        {
            q = q.Where(e => e.UserName == user);
        }
        return q.OrderByDescending(e => e.Id);
    }
}
