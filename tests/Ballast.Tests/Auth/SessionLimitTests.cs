using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Auth;

/// <summary>A session ends eight hours after sign-in however busy it is (page cookie and bearer token
/// alike), and lives until then through every periodic check of the cookie.</summary>
public sealed class SessionLimitTests(BallastFactory factory) : IClassFixture<BallastFactory>, IDisposable
{
    private readonly DateTimeOffset _start = factory.Clock.GetUtcNow();

    public void Dispose() => factory.Clock.Set(_start);

    [Fact]
    public async Task A_busy_session_ends_at_the_absolute_limit_for_cookie_and_token()
    {
        var password = await factory.CreateUserAsync("limit-busy", "370211", Roles.DistrictStaff);
        var page = await Browser.SignedInAsync(factory, "limit-busy", password);
        var api = await Browser.WithTokenAsync(factory, "limit-busy", password);

        // Used every 20 minutes (well inside the idle timeout) for eight hours.
        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(8); elapsed += TimeSpan.FromMinutes(20))
        {
            Assert.True((await page.GetAsync("/")).StatusCode == HttpStatusCode.OK, $"the page session ended after {elapsed}");
            Assert.True((await api.GetAsync("/api/projects")).StatusCode == HttpStatusCode.OK, $"the token ended after {elapsed}");
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        var after = await page.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Auth/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task The_limit_counts_from_each_sign_in()
    {
        var password = await factory.CreateUserAsync("limit-again", "370211", Roles.DistrictStaff);
        var first = await Browser.SignedInAsync(factory, "limit-again", password);
        for (var step = 0; step < 23; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);
        }
        // 7 h 40 min in: a second sign-in on another device.
        var second = await Browser.SignedInAsync(factory, "limit-again", password);
        factory.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);
    }
}
