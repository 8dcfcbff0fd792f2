using System.Net;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Auth;

/// <summary>A user's own sessions page: every open session (device, address, times, the current one
/// marked), each one ended on its own or all the others at once; nobody else's can be named.</summary>
public sealed class MySessionsTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static int _users;

    private async Task<HttpClient> DeviceAsync(string name, string password, string agent)
    {
        var client = Browser.NewClient(factory);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(client, name, password)).StatusCode);
        return client;
    }

    private async Task<(string Name, HttpClient A, HttpClient B, HttpClient Token)> ThreeSessionsAsync()
    {
        var name = $"sessions-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff);
        return (name, await DeviceAsync(name, password, "DeviceA/1.0"), await DeviceAsync(name, password, "DeviceB/2.0"),
            await Browser.WithTokenAsync(factory, name, password));
    }

    private Task<List<UserSession>> OpenAsync(string name) => factory.WithDbAsync(db =>
        (from s in db.UserSessions join u in db.Users on s.UserId equals u.Id
         where u.UserName == name && s.EndedAt == null select s).ToListAsync());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string>? fields = null)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, "/Account/Sessions");
        var body = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync($"/Account/Sessions?handler={handler}", new FormUrlEncodedContent(body));
    }

    [Fact]
    public async Task The_page_lists_every_open_session_and_marks_the_current_one()
    {
        var (_, a, _, _) = await ThreeSessionsAsync();

        var html = await a.GetStringAsync("/Account/Sessions");

        Assert.Equal(1, Regex.Count(html, "data-testid=\"current-session\""));
        Assert.Equal(2, Regex.Count(html, "data-testid=\"session\""));
        Assert.Contains("DeviceA/1.0", html, StringComparison.Ordinal);
        Assert.Contains("DeviceB/2.0", html, StringComparison.Ordinal);
        Assert.Contains("接口令牌", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_one_session_stops_that_device_only_and_is_audited()
    {
        var (name, a, b, token) = await ThreeSessionsAsync();
        var target = (await OpenAsync(name)).Single(s => s.UserAgent == "DeviceB/2.0");

        var response = await PostAsync(a, "Revoke", new() { ["id"] = target.Id });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Auth/Login", (await b.GetAsync("/")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/projects")).StatusCode);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Id).LastAsync(e => e.Action == AuditActions.SessionRevoked));
        Assert.Equal(name, entry.UserName);
    }

    [Fact]
    public async Task Signing_out_everywhere_else_ends_the_other_page_and_token_sessions()
    {
        var (name, a, b, token) = await ThreeSessionsAsync();

        await PostAsync(a, "Others");

        Assert.Equal(HttpStatusCode.Redirect, (await b.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/")).StatusCode);
        Assert.Single(await OpenAsync(name));
    }

    [Fact]
    public async Task Ending_the_current_session_signs_out()
    {
        var (name, a, _, _) = await ThreeSessionsAsync();
        var current = (await OpenAsync(name)).Single(s => s.UserAgent == "DeviceA/1.0");

        var response = await PostAsync(a, "Revoke", new() { ["id"] = current.Id });

        Assert.Equal("/Auth/Login", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await a.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Another_users_session_cannot_be_ended_or_seen()
    {
        var (victim, _, victimB, _) = await ThreeSessionsAsync();
        var (_, attacker, _, _) = await ThreeSessionsAsync();
        var target = (await OpenAsync(victim)).Single(s => s.UserAgent == "DeviceB/2.0");

        var response = await PostAsync(attacker, "Revoke", new() { ["id"] = target.Id });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victimB.GetAsync("/")).StatusCode);
        Assert.DoesNotContain(target.Id, await attacker.GetStringAsync("/Account/Sessions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var name = $"sessions-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff);
        var (a, b) = (await DeviceAsync(name, password, "DeviceA/1.0"), await DeviceAsync(name, password, "DeviceB/2.0"));
        var token = await Browser.WithTokenAsync(factory, name, password);

        Assert.Equal(HttpStatusCode.Redirect, (await Browser.ChangePasswordAsync(a, password, "Changed-passw0rd-9")).StatusCode);

        Assert.Contains("密码已修改；其他设备上的会话已结束", await a.GetStringAsync("/Account"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await b.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/projects")).StatusCode);
    }
}
