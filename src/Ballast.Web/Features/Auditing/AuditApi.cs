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
            TypedResults.Ok(await AuditQuery.Filter(db, entityType, entityKey, user)
                .Skip((Math.Max(page, 1) - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize)
                .Select(e => new AuditEntryDto(e.Id, e.At, e.UserName, e.Channel, e.Action, e.EntityType, e.EntityKey, e.Before, e.After))
                .ToListAsync()))
            .WithSummary("Audit entries, newest first, 50 a page.");
        group.MapGet("/verify", async (AppDbContext db) => TypedResults.Ok(await AuditVerifier.VerifyAsync(db)))
            .WithSummary("Recompute the hash chain and report the first broken entry, if any.");
        return api;
    }
}
