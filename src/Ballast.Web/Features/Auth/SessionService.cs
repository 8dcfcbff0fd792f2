using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Auth;

/// <summary>Server-side sessions: started once every factor is given (page or token endpoint), ended
/// by sign-out, revocation, an idle or absolute timeout, a password reset or disabling the account.</summary>
public sealed class SessionService(
    AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, TimeProvider time,
    IOptions<SessionOptions> options, IOptions<PasswordPolicy> policy)
{
    public SessionOptions Options => options.Value;

    /// <summary>What the user must do first: change an expired or temporary password, then (an
    /// administrator) enrol a second factor.</summary>
    public async Task<PendingStep?> PendingStepAsync(AppUser user)
    {
        if (policy.Value.IsExpired(user, time.GetUtcNow()))
        {
            return PendingStep.ChangePassword;
        }
        return options.Value.RequireTwoFactorForAdmins && !user.TwoFactorEnabled
            && (await users.GetRolesAsync(user)).Any(Roles.Separated.Contains) ? PendingStep.EnrolTwoFactor : null;
    }

    public static string? PageFor(PendingStep? step) => step switch
    {
        PendingStep.ChangePassword => "/Account/ChangePassword",
        PendingStep.EnrolTwoFactor => "/Account/TwoFactor",
        _ => null,
    };

    /// <summary>Opens a session and returns the principal that carries it.</summary>
    public async Task<ClaimsPrincipal> StartAsync(AppUser user, string kind, HttpContext http, PendingStep? pending = null)
    {
        var now = time.GetUtcNow();
        var agent = http.Request.Headers.UserAgent.ToString();
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), UserId = user.Id, StartedAt = now, LastSeenAt = now, Kind = kind,
            UserAgent = agent.Length == 0 ? null : agent[..Math.Min(agent.Length, UserSessionConfiguration.UserAgentLength)],
            IpAddress = http.Connection.RemoteIpAddress?.ToString(), Pending = pending,
        };
        db.UserSessions.Add(session);
        db.AddAuditEvent(AuditActions.SignIn, nameof(AppUser), Credentials.Key(user), $"{{\"kind\":\"{kind}\"}}");
        await db.SaveChangesAsync();
        return await PrincipalAsync(user, session.Id);
    }

    /// <summary>Signs a person in on the page once every factor is given; returns the page to go to.</summary>
    public async Task<string?> SignInPageAsync(HttpContext http, AppUser user)
    {
        var pending = await PendingStepAsync(user);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, await StartAsync(user, "page", http, pending));
        return PageFor(pending);
    }

    /// <summary>After the user changed their own password or second factor: the session moves to the
    /// next pending step (if any) and the cookie is issued again with the new security stamp.</summary>
    public async Task<string?> AdvanceAsync(HttpContext http, AppUser user)
    {
        var pending = await PendingStepAsync(user);
        if (await CurrentAsync(http.User) is { } session)
        {
            session.Pending = pending;
            await db.SaveChangesAsync();
            await http.SignInAsync(IdentityConstants.ApplicationScheme, await PrincipalAsync(user, session.Id));
        }
        return PageFor(pending);
    }

    public Task<UserSession?> CurrentAsync(ClaimsPrincipal principal) =>
        principal.FindFirstValue(AuthSetup.SessionClaim) is { } sid
            ? db.UserSessions.SingleOrDefaultAsync(s => s.Id == sid && s.EndedAt == null)
            : Task.FromResult<UserSession?>(null);

    /// <summary>Ends the session on the server: the cookie or token that carried it stops working.</summary>
    public async Task EndAsync(ClaimsPrincipal principal)
    {
        if (await CurrentAsync(principal) is { } session)
        {
            session.EndedAt = time.GetUtcNow();
            db.AddAuditEvent(AuditActions.SignOut, nameof(AppUser), session.UserId.ToString(CultureInfo.InvariantCulture));
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The session while it is open, used within the idle timeout and younger than the
    /// absolute limit; touches it. A session found past a limit is closed for good.</summary>
    public async Task<UserSession?> AliveAsync(string? sid)
    {
        var session = sid is null ? null : await db.UserSessions.SingleOrDefaultAsync(s => s.Id == sid);
        if (session is null || session.EndedAt is not null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        if (!IsAlive(session, now))
        {
            session.EndedAt = now;
            await db.SaveChangesAsync();
            return null;
        }
        // Touch at most once a minute: one write per active user per minute, not per request.
        if (now - session.LastSeenAt > TimeSpan.FromMinutes(1))
        {
            session.LastSeenAt = now;
            await TouchAsync(session);
        }
        return session;
    }

    public bool IsAlive(UserSession s, DateTimeOffset now) =>
        s.EndedAt is null && now - s.LastSeenAt <= options.Value.IdleTimeout && now - s.StartedAt <= options.Value.AbsoluteTimeout;

    private async Task<ClaimsPrincipal> PrincipalAsync(AppUser user, string sessionId)
    {
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(AuthSetup.SessionClaim, sessionId));
        identity.AddClaim(new Claim(AuthSetup.UnitClaim, user.UnitId.ToString(CultureInfo.InvariantCulture)));
        return principal;
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
