using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Auth;

/// <summary>Any user enrols an authenticator from their account page; sign-in then asks for its code
/// after the password. A code is good once; wrong codes count toward lockout with wrong passwords.</summary>
public sealed class TwoFactorTests(BallastFactory factory) : IClassFixture<BallastFactory>, IDisposable
{
    private static int _users;
    private readonly DateTimeOffset _start = factory.Clock.GetUtcNow();

    public void Dispose() => factory.Clock.Set(_start);

    private async Task<(string Name, string Password, string EnrolPage)> EnrolledAsync()
    {
        var name = $"totp-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff);
        var client = await Browser.SignedInAsync(factory, name, password);
        return (name, password, await TwoFactorSteps.EnrolAsync(factory, client, name));
    }

    private Task<AppUser> UserAsync(string name) => factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == name));

    [Fact]
    public async Task Enrolment_shows_a_key_and_QR_code_then_ten_recovery_codes_once()
    {
        var name = $"totp-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff);
        var client = await Browser.SignedInAsync(factory, name, password);
        var other = await Browser.SignedInAsync(factory, name, password);

        var page = await client.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{4}){7}$", TwoFactorSteps.SharedKey(page));
        Assert.False((await UserAsync(name)).TwoFactorEnabled);

        var done = await TwoFactorSteps.EnrolAsync(factory, client, name);

        Assert.Equal(10, TwoFactorSteps.RecoveryCodes(done).Distinct().Count());
        Assert.True((await UserAsync(name)).TwoFactorEnabled);
        Assert.Empty(TwoFactorSteps.RecoveryCodes(await client.GetStringAsync("/Account/TwoFactor")));
        // The session opened with the password alone ends; the one that enrolled carries on.
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var id = (await UserAsync(name)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.TwoFactorEnabled && e.EntityKey == id)));
    }

    [Fact]
    public async Task A_wrong_first_code_does_not_enrol()
    {
        var name = $"totp-{Interlocked.Increment(ref _users)}";
        var client = await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff));
        factory.RememberAuthenticator(name, TwoFactorSteps.SharedKey(await client.GetStringAsync("/Account/TwoFactor")));

        var response = await TwoFactorSteps.PostAsync(client, "/Account/TwoFactor", "Enable", new() { ["Code"] = TwoFactorSteps.WrongCode(factory, name) });

        Assert.Contains("动态验证码不正确", PasswordRules.FieldError(await response.Content.ReadAsStringAsync(), "Code"), StringComparison.Ordinal);
        Assert.False((await UserAsync(name)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Sign_in_asks_for_the_code_after_the_password()
    {
        var (name, password, _) = await EnrolledAsync();
        var (client, step1) = await TwoFactorSteps.PasswordStepAsync(factory, name, password);

        Assert.StartsWith("/Auth/SecondFactor", step1.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/Auth/Login", (await client.GetAsync("/")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var wrong = await TwoFactorSteps.CodeStepAsync(client, TwoFactorSteps.WrongCode(factory, name));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("动态验证码不正确", PasswordRules.FieldError(await wrong.Content.ReadAsStringAsync(), "Code"), StringComparison.Ordinal);

        var right = await TwoFactorSteps.CodeStepAsync(client, await factory.TotpCodeAsync(name));
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_code_that_was_used_is_refused_the_second_time()
    {
        var (name, password, _) = await EnrolledAsync();
        var code = await factory.TotpCodeAsync(name);
        var (first, _) = await TwoFactorSteps.PasswordStepAsync(factory, name, password);
        Assert.Equal(HttpStatusCode.Redirect, (await TwoFactorSteps.CodeStepAsync(first, code)).StatusCode);

        var (second, _) = await TwoFactorSteps.PasswordStepAsync(factory, name, password);
        var replay = await TwoFactorSteps.CodeStepAsync(second, code);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("动态验证码不正确", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Wrong_codes_and_wrong_passwords_together_lock_the_account(int wrongPasswords)
    {
        var (name, password, _) = await EnrolledAsync();
        for (var i = 0; i < wrongPasswords; i++)
        {
            await Browser.LoginAsync(Browser.NewClient(factory), name, "Not-the-passw0rd");
        }
        var (client, _) = await TwoFactorSteps.PasswordStepAsync(factory, name, password);
        HttpResponseMessage last = null!;
        for (var i = wrongPasswords; i < 5; i++)
        {
            last = await TwoFactorSteps.CodeStepAsync(client, TwoFactorSteps.WrongCode(factory, name));
        }

        Assert.Contains("账户已暂时锁定", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull((await UserAsync(name)).LockoutEnd);
        // The right code cannot be given any more: the half sign-in is gone, and the password step refuses.
        Assert.Equal("/Auth/Login", (await TwoFactorSteps.CodeStepAsync(client, await factory.TotpCodeAsync(name))).Headers.Location!.OriginalString);
        var again = await Browser.LoginAsync(Browser.NewClient(factory), name, password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_however_it_is_typed()
    {
        var (name, password, enrolPage) = await EnrolledAsync();
        var codes = TwoFactorSteps.RecoveryCodes(enrolPage);

        foreach (var typed in new[] { codes[0], codes[1].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant(), " " + codes[2] + " " })
        {
            var (client, _) = await TwoFactorSteps.PasswordStepAsync(factory, name, password);
            Assert.Equal("/", (await TwoFactorSteps.CodeStepAsync(client, typed)).Headers.Location!.OriginalString);
        }
        var (reuse, _) = await TwoFactorSteps.PasswordStepAsync(factory, name, password);
        Assert.Equal(HttpStatusCode.OK, (await TwoFactorSteps.CodeStepAsync(reuse, codes[0])).StatusCode);
        var id = (await UserAsync(name)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.RecoveryCodeUsed && e.EntityKey == id)));
    }

    [Fact]
    public async Task The_half_signed_in_state_lasts_five_minutes()
    {
        var (name, password, _) = await EnrolledAsync();
        var (client, _) = await TwoFactorSteps.PasswordStepAsync(factory, name, password);
        factory.Clock.Advance(TimeSpan.FromMinutes(6));

        var late = await TwoFactorSteps.CodeStepAsync(client, await factory.TotpCodeAsync(name));

        Assert.Equal("/Auth/Login", late.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_user_turns_the_second_factor_off_with_their_password()
    {
        var (name, password, _) = await EnrolledAsync();
        var client = await Browser.SignedInAsync(factory, name, password);

        var wrong = await TwoFactorSteps.PostAsync(client, "/Account/TwoFactor", "Disable", new() { ["Password"] = password + "x" });
        Assert.Equal("当前密码不正确", PasswordRules.FieldError(await wrong.Content.ReadAsStringAsync(), "Password"));
        Assert.True((await UserAsync(name)).TwoFactorEnabled);

        var off = await TwoFactorSteps.PostAsync(client, "/Account/TwoFactor", "Disable", new() { ["Password"] = password });
        Assert.Equal("/Account", off.Headers.Location!.OriginalString);
        Assert.False((await UserAsync(name)).TwoFactorEnabled);
        Assert.Equal("/", (await Browser.LoginAsync(Browser.NewClient(factory), name, password)).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account")).StatusCode);
        var id = (await UserAsync(name)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.TwoFactorDisabled && e.EntityKey == id)));
    }
}
