using System.Globalization;
using System.Security.Cryptography;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;

namespace Ballast.Web.Features.Auth;

/// <summary>Checks what a person gives at sign-in, for the page and the token endpoint alike.
/// The password step does the same work and gives the same answer for an unknown user, a wrong
/// password, a locked and a disabled account — one password hash each (a dummy hash for an unknown
/// user), one refusal — so neither the text nor the time tells whether an account exists, and a
/// locked account cannot be used as an oracle to go on guessing its password.</summary>
public sealed class Credentials(AppDbContext db, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher)
{
    public sealed record Check(SignInOutcome Outcome, AppUser? User);

    private static readonly AppUser Nobody = new() { UserName = "", DisplayName = "" };
    private static string? _dummyHash;

    public async Task<Check> PasswordAsync(string userName, string password)
    {
        var name = userName.Trim();
        var user = await users.FindByNameAsync(name);
        var hash = user?.PasswordHash ?? DummyHash();
        var verified = hasher.VerifyHashedPassword(user ?? Nobody, hash, password) != PasswordVerificationResult.Failed;
        var reason = user is null ? "unknown"
            : await users.IsLockedOutAsync(user) ? "locked"
            : user.IsDisabled ? "disabled"
            : verified ? null : "password";
        if (reason is null)
        {
            if (!user!.TwoFactorEnabled)
            {
                await users.ResetAccessFailedCountAsync(user);
            }
            return new(user.TwoFactorEnabled ? SignInOutcome.NeedsCode : SignInOutcome.Success, user);
        }
        // The name as typed goes to the trail for an unknown user (cut to fit the key column).
        await FailAsync(reason == "password" ? user : null, user is null ? name[..Math.Min(name.Length, 64)] : Key(user), reason);
        return new(SignInOutcome.Invalid, null);
    }

    /// <summary>The second step: an authenticator code, or one of the recovery codes. Wrong codes count
    /// toward the same lockout as wrong passwords; a locked account's code is not even checked.</summary>
    public async Task<SignInOutcome> CodeAsync(AppUser user, string? code)
    {
        if (user.IsDisabled || !user.TwoFactorEnabled)
        {
            return SignInOutcome.Invalid;
        }
        if (await users.IsLockedOutAsync(user))
        {
            return SignInOutcome.LockedOut;
        }
        var given = TotpTokenProvider.Normalise(code);
        var isTotp = given.Length == Totp.Digits && given.All(char.IsAsciiDigit);
        var ok = isTotp
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, given)
            : given.Length > 0 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, given)).Succeeded;
        if (ok)
        {
            if (!isTotp)
            {
                db.AddAuditEvent(AuditActions.RecoveryCodeUsed, nameof(AppUser), Key(user));
            }
            await users.ResetAccessFailedCountAsync(user);
            await db.SaveChangesAsync();
            return SignInOutcome.Success;
        }
        await FailAsync(user, Key(user), "code");
        return await users.IsLockedOutAsync(user) ? SignInOutcome.LockedOut : SignInOutcome.WrongCode;
    }

    /// <summary>Audits a refusal and, when a user is given, counts it toward lockout in the same save.
    /// Parallel guesses collide on the concurrency stamp; each one is counted all the same.</summary>
    private async Task FailAsync(AppUser? counted, string key, string reason)
    {
        for (var attempt = 0; ; attempt++)
        {
            // A failed save drops the pending event, so it is added again on each attempt.
            db.AddAuditEvent(AuditActions.SignInFailed, nameof(AppUser), key, $"{{\"reason\":\"{reason}\"}}");
            if (counted is null || attempt == 5)
            {
                await db.SaveChangesAsync();
                return;
            }
            if ((await users.AccessFailedAsync(counted)).Succeeded)
            {
                return;
            }
            await db.Entry(counted).ReloadAsync();
        }
    }

    private string DummyHash() =>
        _dummyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)));

    public static string Key(AppUser user) => user.Id.ToString(CultureInfo.InvariantCulture);
}
