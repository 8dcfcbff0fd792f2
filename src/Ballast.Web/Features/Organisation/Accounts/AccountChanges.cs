using Ballast.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Organisation;

/// <summary>Changes to an account that the security administrator's page, the command line and the
/// user's own pages share, so each is done one way.</summary>
public static class AccountChanges
{
    /// <summary>Ends the user's open sessions (all but <paramref name="except"/>): the cookies and
    /// tokens that carry them stop working on their next request. Returns how many ended.</summary>
    public static Task<int> EndSessionsAsync(AppDbContext db, int userId, string? except = null)
    {
        var now = db.Time.GetUtcNow();
        return db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != except)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
    }

    /// <summary>Disables or enables the account; disabling ends every session at once.</summary>
    public static async Task<IdentityResult> SetDisabledAsync(AppDbContext db, UserManager<AppUser> users, AppUser user, bool disabled)
    {
        if (user.IsDisabled == disabled)
        {
            return IdentityResult.Success;
        }
        user.IsDisabled = disabled;
        var result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded && disabled)
        {
            await EndSessionsAsync(db, user.Id);
        }
        return result;
    }

    /// <summary>Turns the second factor off and forgets the key and recovery codes, so the next
    /// enrolment starts with a new key.</summary>
    public static async Task<IdentityResult> RemoveTwoFactorAsync(UserManager<AppUser> users, AppUser user)
    {
        user.TotpLastStep = null;
        var result = await users.SetTwoFactorEnabledAsync(user, false);
        if (result.Succeeded)
        {
            result = await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        }
        return result.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : result;
    }

    /// <summary>Enrols a second factor without the user (demo administrators, tests) and returns its key.</summary>
    public static async Task<string> EnrolAuthenticatorAsync(UserManager<AppUser> users, AppUser user)
    {
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
