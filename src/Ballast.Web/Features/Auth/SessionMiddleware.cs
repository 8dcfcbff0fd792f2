using System.Globalization;
using System.Security.Claims;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auth;

/// <summary>Runs after authentication: drops a principal whose server-side session has ended or
/// timed out, holds a session with a pending step (expired password, administrator without a second
/// factor) to that step's page, then fills <see cref="UserScope"/> for everything that follows.</summary>
public sealed class SessionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionService sessions, UserScope scope, AppDbContext db, Texts t)
    {
        var user = context.User;
        scope.Channel = context.Request.Path.StartsWithSegments("/api") ? "api" : "page";
        if (user.Identity?.IsAuthenticated != true)
        {
            scope.SetAnonymous();
        }
        else if (await sessions.AliveAsync(user.FindFirstValue(AuthSetup.SessionClaim)) is { } session)
        {
            await FillScopeAsync(user, scope, db);
            if (session.Pending is { } step && !MayPass(context, step))
            {
                await HoldAsync(context, step, t);
                return;
            }
        }
        else
        {
            if (user.Identity.AuthenticationType == IdentityConstants.ApplicationScheme)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            scope.SetAnonymous();
        }
        await next(context);
    }

    /// <summary>Open pages (sign-in, language, static files), the step's own page and sign-out stay reachable.</summary>
    private static bool MayPass(HttpContext context, PendingStep step)
    {
        var path = context.Request.Path;
        return context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || path.Equals(SessionService.PageFor(step), StringComparison.OrdinalIgnoreCase)
            || path.Equals("/Auth/Logout", StringComparison.OrdinalIgnoreCase);
    }

    private static Task HoldAsync(HttpContext context, PendingStep step, Texts t)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(SessionService.PageFor(step)!);
            return Task.CompletedTask;
        }
        var detail = step == PendingStep.ChangePassword ? t["密码已过期或为临时密码，请先在网页上修改密码"] : t["管理员须先在网页上启用双因素认证"];
        return Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }

    private static async Task FillScopeAsync(ClaimsPrincipal user, UserScope scope, AppDbContext db)
    {
        var userId = int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var unitId = int.Parse(user.FindFirstValue(AuthSetup.UnitClaim)!, CultureInfo.InvariantCulture);
        var readsAll = Roles.CityWideReaders.Any(user.IsInRole);
        var writesAll = Roles.CityWideWriters.Any(user.IsInRole);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync();
        // A city leader reads everything but is not a clerk of every district: their own unit only.
        var leaderOnly = user.IsInRole(Roles.CityLeader) && !Roles.All.Where(r => r != Roles.CityLeader).Any(user.IsInRole);
        var unitIds = leaderOnly ? [unitId] : UnitTree.WithDescendants(unitId, units.Select(u => (u.Id, u.ParentId)));
        var business = Roles.All.Where(user.IsInRole).Any(r => FunctionMatrix.Holds(r, Policies.BusinessWrite));
        scope.SetUser(userId, user.Identity!.Name ?? "", readsAll, writesAll && business, unitIds, business);
    }
}
