using Ballast.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Organisation;

/// <summary>Identity's store with three additions: every new password hash is dated and kept in the
/// history (so the policy can refuse a recent one); recovery codes are kept salted and hashed, like
/// passwords; the authenticator key is encrypted with the data-protection key ring.</summary>
public sealed class AppUserStore(
    AppDbContext context, TimeProvider time, IOptions<PasswordPolicy> policy, IPasswordHasher<AppUser> hasher,
    IDataProtectionProvider protection, IdentityErrorDescriber? describer = null)
    : UserStore<AppUser, AppRole, AppDbContext, int>(context, describer)
{
    private const string Provider = "[AspNetUserStore]";
    private const string RecoveryCodes = nameof(RecoveryCodes);
    private readonly IDataProtector _keys = protection.CreateProtector("Ballast.AuthenticatorKey");

    // A new account's first password waits here until the account itself is saved: a refused
    // create must leave nothing tracked behind.
    private readonly List<PasswordHistory> _firstPasswords = [];

    public override async Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken cancellationToken = default)
    {
        await base.SetPasswordHashAsync(user, passwordHash, cancellationToken);
        if (passwordHash is null)
        {
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        user.PasswordChangedAt = now;
        var entry = new PasswordHistory { User = user, Hash = passwordHash, ChangedAt = now };
        if (user.Id == 0)
        {
            _firstPasswords.Add(entry);
            return;
        }
        var keep = Math.Max(policy.Value.HistoryCount, 1) - 1;
        var older = await Context.PasswordHistory.Where(h => h.UserId == user.Id)
            .OrderByDescending(h => h.Id).Skip(keep).ToListAsync(cancellationToken);
        Context.PasswordHistory.RemoveRange(older);
        Context.PasswordHistory.Add(entry);
    }

    public override Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken = default)
    {
        Context.PasswordHistory.AddRange(_firstPasswords.Where(h => h.User == user));
        _firstPasswords.RemoveAll(h => h.User == user);
        return base.CreateAsync(user, cancellationToken);
    }

    public override Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, _keys.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken) =>
        await base.GetAuthenticatorKeyAsync(user, cancellationToken) is { } stored ? _keys.Unprotect(stored) : null;

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, Provider, RecoveryCodes, string.Join(";", recoveryCodes.Select(c => hasher.HashPassword(user, Canonical(c)))), cancellationToken);

    /// <summary>A recovery code as typed: any case, with or without its dash and spaces.</summary>
    private static string Canonical(string code) =>
        code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        var stored = (await GetTokenAsync(user, Provider, RecoveryCodes, cancellationToken) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var match = stored.FindIndex(h => hasher.VerifyHashedPassword(user, h, Canonical(code)) != PasswordVerificationResult.Failed);
        if (match < 0)
        {
            return false;
        }
        stored.RemoveAt(match);
        await SetTokenAsync(user, Provider, RecoveryCodes, string.Join(";", stored), cancellationToken);
        return true;
    }
}
