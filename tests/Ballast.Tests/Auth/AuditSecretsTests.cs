using System.Globalization;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Auth;

/// <summary>Account changes are in the audit trail — password change and reset, second factor on and
/// off, recovery codes, sessions ended — and no secret is: not a password hash, security stamp,
/// authenticator key (plain or encrypted) or recovery code, nor any hash of one.</summary>
public sealed class AuditSecretsTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);

    private async Task CollectAsync(string name)
    {
        var (user, tokens, history) = await factory.WithDbAsync(async db =>
        {
            var u = await db.Users.AsNoTracking().SingleAsync(x => x.UserName == name);
            var t = await db.UserTokens.AsNoTracking().Where(x => x.UserId == u.Id).Select(x => x.Value).ToListAsync();
            var h = await db.PasswordHistory.AsNoTracking().Where(x => x.UserId == u.Id).Select(x => x.Hash).ToListAsync();
            return (u, t, h);
        });
        _secrets.UnionWith(new[] { user.PasswordHash, user.SecurityStamp }.Concat(tokens).Concat(history)
            .SelectMany(v => (v ?? "").Split(';')).Where(v => v.Length >= 8));
    }

    [Fact]
    public async Task Account_changes_are_audited_and_their_secrets_are_not()
    {
        const string name = "audit-secrets";
        var password = await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff);
        var client = await Browser.SignedInAsync(factory, name, password);
        await CollectAsync(name);

        Assert.Equal("/Account", (await Browser.ChangePasswordAsync(client, password, "Second-passw0rd-1")).Headers.Location!.OriginalString);
        await CollectAsync(name);
        var enrolled = await TwoFactorSteps.EnrolAsync(factory, client, name);
        var key = factory.AuthenticatorKeyOf(name)!;
        _secrets.UnionWith([key, key.ToUpperInvariant(), Authenticator(key)]);
        _secrets.UnionWith(TwoFactorSteps.RecoveryCodes(enrolled));
        await CollectAsync(name);
        var renewed = await TwoFactorSteps.PostAsync(client, "/Account/TwoFactor", "RecoveryCodes", new() { ["Code"] = await factory.TotpCodeAsync(name) });
        _secrets.UnionWith(TwoFactorSteps.RecoveryCodes(await renewed.Content.ReadAsStringAsync()));
        await CollectAsync(name);
        await TwoFactorSteps.PostAsync(client, "/Account/TwoFactor", "Disable", new() { ["Password"] = "Second-passw0rd-1" });
        await TwoFactorSteps.PostAsync(client, "/Account/Sessions", "Others", []);

        var admin = await Browser.SignedInAsync(factory, "audit-secadmin", await factory.CreateUserAsync("audit-secadmin", "dept-drc", Roles.SecurityAdmin));
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        var unit = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.UnitId).SingleAsync());
        await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}", ("Input.DisplayName", name), ("Input.UnitId", unit.ToString(CultureInfo.InvariantCulture)),
            ("Input.RoleNames", Roles.DistrictStaff), ("Input.Password", "Reset-passw0rd-3"), ("Input.ConfirmPassword", "Reset-passw0rd-3"));
        await CollectAsync(name);
        Assert.NotEmpty(_secrets);

        var key2 = id.ToString(CultureInfo.InvariantCulture);
        var trail = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        var mine = trail.Where(e => e.EntityKey == key2 || e.EntityKey.StartsWith(key2 + ",", StringComparison.Ordinal)).ToList();
        foreach (var action in new[] { AuditActions.PasswordChanged, AuditActions.TwoFactorEnabled, AuditActions.TwoFactorDisabled,
                     AuditActions.SessionRevoked, AuditActions.PasswordReset })
        {
            Assert.Contains(mine, e => e.Action == action);
        }
        Assert.Contains(mine, e => e.EntityType == nameof(AppUser) && e.After?.Contains("\"PasswordHash\":\"***\"", StringComparison.Ordinal) == true);
        Assert.Contains(mine, e => e.EntityType.StartsWith("IdentityUserToken", StringComparison.Ordinal)
            && e.After?.Contains("\"Value\":\"***\"", StringComparison.Ordinal) == true);
        foreach (var entry in trail)
        {
            var text = entry.EntityKey + entry.Before + entry.After;
            var leaked = _secrets.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
            Assert.True(leaked is null, $"audit entry {entry.Id} ({entry.Action} {entry.EntityType}) holds a secret");
        }
    }

    /// <summary>The key as the enrolment page shows it (lower case in groups of four).</summary>
    private static string Authenticator(string key) => Ballast.Web.Features.Account.Authenticator.Grouped(key);
}
