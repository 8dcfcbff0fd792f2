using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auditing;

public static class AuditApi
{
    public sealed record AuditEntryDto(long Id, DateTimeOffset At, string UserName, string Channel, string Action,
        string EntityType, string EntityKey, string? Before, string? After);

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.Audit);
        group.MapGet("/", async (AppDbContext db, string? entityType, string? entityKey, string? user, int page = 1) =>
            {
                page = Math.Max(page, 1);
                var entries = await AuditQuery.Filter(db, entityType, entityKey, user)
                    .Skip((page - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize)
                    .Select(e => new AuditEntryDto(e.Id, e.At, e.UserName, e.Channel, e.Action, e.EntityType, e.EntityKey, e.Before, e.After))
                    .ToListAsync();
                await AuditQuery.RecordReadAsync(db, entityType, entityKey, user, page, verify: false);
                return TypedResults.Ok(entries);
            })
            .WithSummary("Audit entries, newest first, 50 a page. The reading itself is audited.");
        group.MapGet("/verify", async (AppDbContext db) =>
            {
                var result = await AuditVerifier.VerifyAsync(db);
                await AuditQuery.RecordReadAsync(db, null, null, null, 0, verify: true);
                return TypedResults.Ok(result);
            })
            .WithSummary("Recompute the hash chain and report the first broken entry, if any.");
        return api;
    }
}
