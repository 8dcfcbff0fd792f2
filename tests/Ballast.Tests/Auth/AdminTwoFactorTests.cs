using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Auth;

/// <summary>The three administrators must have a second factor: one without it is sent to enrolment
/// after the password and can do nothing else until enrolled, gets no token, and cannot turn it off.</summary>
public sealed class AdminTwoFactorTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static int _users;

    public static TheoryData<string> Administrators => [.. Roles.Separated];

    private async Task<(string Name, string Password)> UnenrolledAsync(string role)
    {
        var name = $"admin-2fa-{Interlocked.Increment(ref _users)}";
        return (name, await factory.CreateUserAsync(name, "dept-drc", role, enrolAdmin: false));
    }

    [Theory]
    [MemberData(nameof(Administrators))]
    public async Task An_administrator_without_a_second_factor_can_only_enrol(string role)
    {
        var (name, password) = await UnenrolledAsync(role);
        var client = Browser.NewClient(factory);
        var login = await Browser.LoginAsync(client, name, password);
        Assert.Equal("/Account/TwoFactor", login.Headers.Location!.OriginalString);

        foreach (var url in new[] { "/", "/Organisation/Users", "/Audit", "/Reference", "/Account", "/Account/ChangePassword" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/Account/TwoFactor", page.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit/verify")).StatusCode);
        Assert.Contains("data-testid=\"forced-enrol\"", await client.GetStringAsync("/Account/TwoFactor"), StringComparison.Ordinal);

        var token = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = name, password });
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Contains("管理员须先在网页上启用双因素认证", await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var done = await TwoFactorSteps.EnrolAsync(factory, client, name);
        Assert.Contains("href=\"/Account\" data-testid=\"continue\"", done, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        // From now on the second factor is asked at every sign-in.
        await Browser.SignedInAsync(factory, name, password);
        await Browser.WithTokenAsync(factory, name, password);
    }

    [Theory]
    [MemberData(nameof(Administrators))]
    public async Task An_administrator_cannot_turn_the_second_factor_off(string role)
    {
        var name = $"admin-2fa-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "dept-drc", role);
        var client = await Browser.SignedInAsync(factory, name, password);

        var page = await client.GetStringAsync("/Account/TwoFactor");
        Assert.DoesNotContain("handler=Disable", page, StringComparison.Ordinal);
        var response = await TwoFactorSteps.PostAsync(client, "/Account/TwoFactor", "Disable", new() { ["Password"] = password });

        Assert.Contains("管理员必须启用双因素认证，不能停用", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task Other_roles_may_go_without_a_second_factor()
    {
        foreach (var role in Roles.All.Except(Roles.Separated))
        {
            var name = $"admin-2fa-{Interlocked.Increment(ref _users)}";
            var password = await factory.CreateUserAsync(name, "dept-drc", role);
            Assert.Equal("/", (await Browser.LoginAsync(Browser.NewClient(factory), name, password)).Headers.Location!.OriginalString);
        }
    }
}
