using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Auth;

/// <summary>Every limit of the identity policy comes from configuration (Auth:Password:*,
/// Auth:AbsoluteHours, Auth:RequireTwoFactorForAdmins), and the pages say the configured numbers.</summary>
public sealed class ConfiguredPolicyTests(StrictPolicyFactory factory) : IClassFixture<StrictPolicyFactory>, IDisposable
{
    private static int _users;
    private readonly DateTimeOffset _start = factory.Clock.GetUtcNow();

    public void Dispose() => factory.Clock.Set(_start);

    private async Task<(string Name, string Password, HttpClient Client)> SignedInAsync()
    {
        var name = $"strict-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff);
        return (name, password, await Browser.SignedInAsync(factory, name, password));
    }

    [Theory]
    [InlineData("Ab1!Ab1!Ab1", "密码至少12位")]
    [InlineData("Abcdefgh1234", "密码须包含大写字母、小写字母、数字、符号中的至少4类")]
    public async Task Length_and_classes_follow_the_configuration(string next, string reason)
    {
        var (_, password, client) = await SignedInAsync();
        Assert.Contains("密码至少12位，须包含大写字母、小写字母、数字、符号中的至少4类，不能包含用户名，不能与最近2次使用过的密码相同",
            await client.GetStringAsync("/Account/ChangePassword"), StringComparison.Ordinal);

        var response = await Browser.ChangePasswordAsync(client, password, next);

        Assert.Contains(reason, PasswordRules.FieldError(await response.Content.ReadAsStringAsync(), "Input.New"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_and_age_follow_the_configuration()
    {
        var (name, password, client) = await SignedInAsync();
        Assert.Equal("/Account", (await Browser.ChangePasswordAsync(client, password, "Second-Passw0rd!")).Headers.Location!.OriginalString);
        Assert.Equal("/Account", (await Browser.ChangePasswordAsync(client, "Second-Passw0rd!", "Third-Passw0rd!!")).Headers.Location!.OriginalString);
        // Two remembered: the first password is free again.
        Assert.Equal("/Account", (await Browser.ChangePasswordAsync(client, "Third-Passw0rd!!", password + "!")).Headers.Location!.OriginalString);

        factory.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal("/Account/ChangePassword", (await Browser.LoginAsync(Browser.NewClient(factory), name, password + "!")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_absolute_limit_follows_the_configuration()
    {
        var (_, _, client) = await SignedInAsync();
        for (var i = 0; i < 3; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task The_idle_limit_follows_the_configuration_and_outlasts_the_security_stamp_check()
    {
        var (_, _, client) = await SignedInAsync();
        // 40 minutes: past the cookie's 30-minute security-stamp check, inside the 50-minute idle limit.
        factory.Clock.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(51));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Administrators_may_go_without_a_second_factor_when_switched_off()
    {
        var name = $"strict-admin-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "dept-drc", Roles.SecurityAdmin, enrolAdmin: false);
        Assert.Equal("/", (await Browser.LoginAsync(Browser.NewClient(factory), name, password)).Headers.Location!.OriginalString);
    }
}
