using System.Globalization;
using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Organisation;

/// <summary>The security administrator's resets: a password set by them is temporary (changed at the
/// next sign-in, under the same policy and history) and a lost authenticator is reset so that its
/// owner enrols again; both end the owner's sessions and are audited.</summary>
public sealed class AccountResetTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static int _users;

    private async Task<HttpClient> SecurityAdminAsync()
    {
        var name = $"reset-admin-{Interlocked.Increment(ref _users)}";
        return await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.SecurityAdmin));
    }

    private async Task<HttpResponseMessage> EditAsync(HttpClient admin, string name, string role, params (string, string)[] extra)
    {
        var (id, unit) = await IdAndUnitAsync(name);
        (string, string)[] fields =
            [("Input.DisplayName", name), ("Input.UnitId", unit.ToString(CultureInfo.InvariantCulture)), ("Input.RoleNames", role), .. extra];
        return await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}", fields);
    }

    private Task<bool> AuditedAsync(string name, string action) => factory.WithDbAsync(async db =>
    {
        var key = (await db.Users.SingleAsync(u => u.UserName == name)).Id.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEntries.AnyAsync(e => e.Action == action && e.EntityKey == key);
    });

    [Fact]
    public async Task A_reset_password_is_temporary_and_must_be_changed_first()
    {
        var admin = await SecurityAdminAsync();
        var name = $"reset-user-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff);
        var old = await Browser.SignedInAsync(factory, name, password);

        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(admin, name, Roles.DistrictStaff,
            ("Input.Password", "Temporary-passw0rd-1"), ("Input.ConfirmPassword", "Temporary-passw0rd-1"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await old.GetAsync("/")).StatusCode);
        Assert.True(await AuditedAsync(name, AuditActions.PasswordReset));
        var client = Browser.NewClient(factory);
        Assert.Equal("/Account/ChangePassword", (await Browser.LoginAsync(client, name, "Temporary-passw0rd-1")).Headers.Location!.OriginalString);
        // The temporary password is in the history like any other.
        var same = await Browser.ChangePasswordAsync(client, "Temporary-passw0rd-1", "Temporary-passw0rd-1");
        Assert.Equal("密码不能与最近5次使用过的密码相同", Auth.PasswordRules.FieldError(await same.Content.ReadAsStringAsync(), "Input.New"));
        Assert.Equal("/Account", (await Browser.ChangePasswordAsync(client, "Temporary-passw0rd-1", "Chosen-passw0rd-2")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Projects")).StatusCode);
    }

    [Fact]
    public async Task A_new_account_created_on_the_page_or_the_command_line_starts_with_a_temporary_password()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var name = $"reset-cmd-{Interlocked.Increment(ref _users)}";
        string[] args = ["--name", name, "--unit", "370211", "--role", Roles.DistrictStaff];
        Assert.Equal(0, await UsersCommand.AddAsync(scope.ServiceProvider, args, new StringReader("Command-passw0rd-1\n"), TextWriter.Null, TextWriter.Null));

        var client = Browser.NewClient(factory);
        Assert.Equal("/Account/ChangePassword", (await Browser.LoginAsync(client, name, "Command-passw0rd-1")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_lost_authenticator_is_reset_and_an_administrator_enrols_again()
    {
        var admin = await SecurityAdminAsync();
        var name = $"reset-auditor-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "dept-drc", Roles.Auditor);
        var before = await Browser.SignedInAsync(factory, name, password);
        Assert.Contains("Input.ResetTwoFactor", await admin.GetStringAsync($"/Organisation/UserEdit/{await IdAsync(name)}"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(admin, name, Roles.Auditor, ("Input.ResetTwoFactor", "true"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await before.GetAsync("/Audit")).StatusCode);
        Assert.True(await AuditedAsync(name, AuditActions.TwoFactorReset));
        var client = Browser.NewClient(factory);
        Assert.Equal("/Account/TwoFactor", (await Browser.LoginAsync(client, name, password)).Headers.Location!.OriginalString);
        var page = await client.GetStringAsync("/Account/TwoFactor");
        Assert.NotEqual(factory.AuthenticatorKeyOf(name), Auth.TwoFactorSteps.SharedKey(page).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
    }

    private Task<int> IdAsync(string name) => factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());

    private async Task<(int Id, int UnitId)> IdAndUnitAsync(string name)
    {
        var user = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => new { u.Id, u.UnitId }).SingleAsync());
        return (user.Id, user.UnitId);
    }
}
