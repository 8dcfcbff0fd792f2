using System.Security.Claims;
using System.Security.Cryptography;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Auth;

/// <summary>Signs people in and out. Both the login page and the token endpoint come here, so
/// lockout, sessions and the audit entry are the same for both.</summary>
public sealed class SessionService(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider time, IOptions<SessionOptions> options)
{
    public async Task<(SignInOutcome Outcome, ClaimsPrincipal? Principal)> CheckAsync(string userName, string password, string kind)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            db.AddAuditEvent(AuditActions.SignInFailed, nameof(AppUser), userName.Trim());
            await db.SaveChangesAsync();
            return (SignInOutcome.Invalid, null);
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            db.AddAuditEvent(AuditActions.SignInFailed, nameof(AppUser), user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync();
            return (result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Invalid, null);
        }

        var now = time.GetUtcNow();
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), UserId = user.Id, StartedAt = now, LastSeenAt = now, Kind = kind,
        };
        db.UserSessions.Add(session);
        db.AddAuditEvent(AuditActions.SignIn, nameof(AppUser), user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{{\"kind\":\"{kind}\"}}");
        await db.SaveChangesAsync();

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AuthSetup.SessionClaim, session.Id));
        identity.AddClaim(new Claim(AuthSetup.UnitClaim, user.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (SignInOutcome.Success, principal);
    }

    /// <summary>Ends the session on the server: the cookie or token that carried it stops working.</summary>
    public async Task EndAsync(ClaimsPrincipal principal)
    {
        var sid = principal.FindFirstValue(AuthSetup.SessionClaim);
        var session = sid is null ? null : await db.UserSessions.SingleOrDefaultAsync(s => s.Id == sid);
        if (session is not null && session.EndedAt is null)
        {
            session.EndedAt = time.GetUtcNow();
            db.AddAuditEvent(AuditActions.SignOut, nameof(AppUser), session.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync();
        }
    }

    /// <summary>True while the session is open and has been used within the idle timeout; touches it.</summary>
    public async Task<bool> IsAliveAsync(string? sid)
    {
        if (sid is null)
        {
            return false;
        }
        var session = await db.UserSessions.SingleOrDefaultAsync(s => s.Id == sid);
        var now = time.GetUtcNow();
        if (session is null || session.EndedAt is not null || now - session.LastSeenAt > options.Value.IdleTimeout)
        {
            return false;
        }
        // Touch at most once a minute: one write per active user per minute, not per request.
        if (now - session.LastSeenAt > TimeSpan.FromMinutes(1))
        {
            session.LastSeenAt = now;
            await TouchAsync(session);
        }
        return true;
    }

    /// <summary>A database that cannot take writes must not stop reads: the touch waits briefly for
    /// a lock, then leaves it to a later request (the failed write is in the log).</summary>
    private async Task TouchAsync(UserSession session)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(2));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (Exception e) when (DatabaseOutage.Of(e) is not null)
        {
            db.Entry(session).State = EntityState.Detached;
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
