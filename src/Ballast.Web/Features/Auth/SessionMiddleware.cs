using System.Globalization;
using System.Security.Claims;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auth;

/// <summary>Runs after authentication: drops a principal whose server-side session has ended or
/// idled out, then fills <see cref="UserScope"/> for everything that follows in the request.</summary>
public sealed class SessionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionService sessions, UserScope scope, AppDbContext db)
    {
        var user = context.User;
        scope.Channel = context.Request.Path.StartsWithSegments("/api") ? "api" : "page";
        if (user.Identity?.IsAuthenticated == true)
        {
            if (await sessions.IsAliveAsync(user.FindFirstValue(AuthSetup.SessionClaim)))
            {
                await FillScopeAsync(user, scope, db);
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
        }
        else
        {
            scope.SetAnonymous();
        }
        await next(context);
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
