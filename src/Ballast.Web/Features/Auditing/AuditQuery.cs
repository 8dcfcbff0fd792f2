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

    /// <summary>The auditor's own reading is audited too (审计员的操作亦留痕): what was asked for, by whom.</summary>
    public static Task RecordReadAsync(AppDbContext db, string? entityType, string? entityKey, string? user, int page, bool verify)
    {
        var detail = System.Text.Json.JsonSerializer.Serialize(new { entityType, entityKey, user, page, verify });
        db.AddAuditEvent(verify ? AuditActions.Verify : AuditActions.Read, nameof(AuditEntry), "", detail);
        return db.SaveChangesAsync();
    }
}
