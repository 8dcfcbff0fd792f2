using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;

namespace Ballast.Web.Features.Auth;

/// <summary>Keeps each refused request in the audit trail, for the endpoint gate and the page filter alike.</summary>
public static class Refusals
{
    public static async Task RecordAsync(HttpContext context, string? function, ILogger log)
    {
        try
        {
            var db = context.RequestServices.GetRequiredService<AppDbContext>();
            var detail = System.Text.Json.JsonSerializer.Serialize(new
            {
                method = context.Request.Method,
                path = context.Request.Path.Value,
                function,
            });
            db.AddAuditEvent(AuditActions.Denied, "Endpoint", context.Request.Path.Value ?? "", detail);
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The refusal stands whether or not it could be recorded.
            log.LogWarning(e, "Could not record a refused request to {Path}", context.Request.Path);
        }
    }
}
