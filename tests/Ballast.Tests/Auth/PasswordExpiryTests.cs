using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Auth;

/// <summary>A password older than 90 days (by the clock Ballast is given) must be changed at the next
/// sign-in, before anything else opens; the token endpoint refuses until then.</summary>
public sealed class PasswordExpiryTests(BallastFactory factory) : IClassFixture<BallastFactory>, IDisposable
{
    private static int _users;
    private readonly DateTimeOffset _start = factory.Clock.GetUtcNow();

    public void Dispose() => factory.Clock.Set(_start);

    private async Task<(string Name, string Password)> UserAsync()
    {
        var name = $"expiry-{Interlocked.Increment(ref _users)}";
        return (name, await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(30 * 24 * 60, false)]
    [InlineData(90 * 24 * 60 - 1, false)]
    [InlineData(90 * 24 * 60, true)]
    [InlineData(91 * 24 * 60, true)]
    [InlineData(400 * 24 * 60, true)]
    public async Task Sign_in_leads_to_the_change_page_once_the_password_is_90_days_old(int minutes, bool forced)
    {
        var (name, password) = await UserAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(minutes));

        var response = await Browser.LoginAsync(Browser.NewClient(factory), name, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(forced ? "/Account/ChangePassword" : "/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Nothing_else_opens_until_the_expired_password_is_changed()
    {
        var (name, password) = await UserAsync();
        factory.Clock.Advance(TimeSpan.FromDays(120));
        var client = await Browser.SignedInAsync(factory, name, password);

        foreach (var url in new[] { "/", "/Projects", "/Account", "/Account/Sessions", "/Programme" })
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Equal("/Account/ChangePassword", page.Headers.Location!.OriginalString);
        }
        var api = await client.GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("请先在网页上修改密码", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var form = await client.GetStringAsync("/Account/ChangePassword");
        Assert.Contains("data-testid=\"forced-change\"", form, StringComparison.Ordinal);

        var token = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = name, password });
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Contains("请先在网页上修改密码", await token.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await Browser.ChangePasswordAsync(client, password, "Renewed-passw0rd-1");
        Assert.Equal("/Account", changed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Projects")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/projects")).StatusCode);
        await Browser.WithTokenAsync(factory, name, "Renewed-passw0rd-1");

        // The new password's 90 days start now.
        factory.Clock.Advance(TimeSpan.FromDays(89));
        Assert.Equal("/", (await Browser.LoginAsync(Browser.NewClient(factory), name, "Renewed-passw0rd-1")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_stays_possible_while_the_change_is_pending()
    {
        var (name, password) = await UserAsync();
        factory.Clock.Advance(TimeSpan.FromDays(100));
        var client = await Browser.SignedInAsync(factory, name, password);
        var token = await Browser.AntiforgeryTokenAsync(client, "/Account/ChangePassword");

        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        var signOut = await client.PostAsync("/Auth/Logout", new FormUrlEncodedContent(form));

        Assert.Equal("/Auth/Login", signOut.Headers.Location!.OriginalString);
        Assert.StartsWith("/Auth/Login", (await client.GetAsync("/Account/ChangePassword")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
