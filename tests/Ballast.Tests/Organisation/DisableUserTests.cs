using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Organisation;

/// <summary>Disabling an account (security administrator's page or the command line) ends every one
/// of its sessions at once — page cookies and bearer tokens stop on their next request — and keeps
/// it out until it is enabled again.</summary>
public sealed class DisableUserTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static int _users;

    private async Task<(string Name, string Password, HttpClient Page, HttpClient Token)> ActiveUserAsync()
    {
        var name = $"disable-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "370215", Roles.DistrictStaff);
        return (name, password, await Browser.SignedInAsync(factory, name, password), await Browser.WithTokenAsync(factory, name, password));
    }

    private async Task AssertShutOutAsync(string name, string password, HttpClient page, HttpClient token)
    {
        var pageAnswer = await page.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, pageAnswer.StatusCode);
        Assert.StartsWith("/Auth/Login", pageAnswer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db =>
            (from s in db.UserSessions join u in db.Users on s.UserId equals u.Id where u.UserName == name && s.EndedAt == null select s).CountAsync()));
        var again = await Browser.LoginAsync(Browser.NewClient(factory), name, password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("用户名或密码不正确，或账户已锁定、停用", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var token2 = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = name, password });
        Assert.Equal(HttpStatusCode.Unauthorized, token2.StatusCode);
    }

    private async Task<HttpResponseMessage> EditAsync(HttpClient admin, string name, bool disabled)
    {
        var (id, unit) = await IdAndUnitAsync(name);
        var fields = new List<(string, string)>
        {
            ("Input.DisplayName", name), ("Input.UnitId", unit.ToString(CultureInfo.InvariantCulture)), ("Input.RoleNames", Roles.DistrictStaff),
        };
        if (disabled)
        {
            fields.Add(("Input.Disabled", "true"));
        }
        return await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}", [.. fields]);
    }

    private async Task<HttpClient> SecurityAdminAsync()
    {
        var name = $"disable-admin-{Interlocked.Increment(ref _users)}";
        return await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.SecurityAdmin));
    }

    [Fact]
    public async Task Disabling_on_the_page_ends_cookie_and_token_sessions_at_once()
    {
        var admin = await SecurityAdminAsync();
        var (name, password, page, token) = await ActiveUserAsync();

        var response = await EditAsync(admin, name, disabled: true);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertShutOutAsync(name, password, page, token);
        Assert.Contains("已停用", await admin.GetStringAsync("/Organisation/Users"), StringComparison.Ordinal);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        var key = id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.UserDisabled && e.EntityKey == key)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.Action == AuditActions.Update && e.EntityType == nameof(AppUser) && e.EntityKey == key && e.After!.Contains("\"IsDisabled\":true"))));

        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(admin, name, disabled: false)).StatusCode);
        await Browser.SignedInAsync(factory, name, password);
    }

    [Fact]
    public async Task Disabling_from_the_command_line_ends_every_session_too()
    {
        var (name, password, page, token) = await ActiveUserAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        using var output = new StringWriter();

        var code = await UsersCommand.SetDisabledAsync(scope.ServiceProvider, ["--name", name], true, output, TextWriter.Null);

        Assert.Equal(0, code);
        Assert.Contains("disabled", output.ToString(), StringComparison.Ordinal);
        await AssertShutOutAsync(name, password, page, token);

        await using var again = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await UsersCommand.SetDisabledAsync(again.ServiceProvider, ["--name", name], false, TextWriter.Null, TextWriter.Null));
        await Browser.WithTokenAsync(factory, name, password);
    }

    [Theory]
    [InlineData(new string[0], "needs --name")]
    [InlineData(new[] { "--name", "nobody-here" }, "unknown user")]
    public async Task The_command_refuses_without_a_known_name(string[] args, string reason)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var error = new StringWriter();
        Assert.Equal(2, await UsersCommand.SetDisabledAsync(scope.ServiceProvider, args, true, TextWriter.Null, error));
        Assert.Contains(reason, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_security_administrator_cannot_disable_themselves()
    {
        var name = $"disable-self-{Interlocked.Increment(ref _users)}";
        var admin = await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.SecurityAdmin));
        var (id, unit) = await IdAndUnitAsync(name);

        var response = await Forms.PostAsync(admin, $"/Organisation/UserEdit/{id}", ("Input.DisplayName", name),
            ("Input.UnitId", unit.ToString(CultureInfo.InvariantCulture)), ("Input.RoleNames", Roles.SecurityAdmin), ("Input.Disabled", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能停用自己的账户", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Organisation/Users")).StatusCode);
    }

    private async Task<(int Id, int UnitId)> IdAndUnitAsync(string name)
    {
        var user = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => new { u.Id, u.UnitId }).SingleAsync());
        return (user.Id, user.UnitId);
    }
}
