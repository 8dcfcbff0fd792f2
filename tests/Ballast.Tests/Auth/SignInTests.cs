using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Auth;

public sealed class SignInTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_Chinese_login_page()
    {
        var client = Browser.NewClient(factory);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Auth/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var html = await client.GetStringAsync("/Auth/Login");
        Assert.Contains("实体经济振兴发展与招商引资工作平台", html, StringComparison.Ordinal);
        Assert.Contains("用户名", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correct_password_signs_in_and_wrong_one_is_refused_in_Chinese()
    {
        var password = await factory.CreateUserAsync("signin-ok", "370211", Roles.DistrictStaff);
        var client = Browser.NewClient(factory);

        var wrong = await Browser.LoginAsync(client, "signin-ok", password + "x");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("用户名或密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await Browser.LoginAsync(client, "signin-ok", password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_and_the_lock_is_told_to_no_one()
    {
        var password = await factory.CreateUserAsync("signin-lock", "370211", Roles.DistrictStaff);
        var client = Browser.NewClient(factory);
        for (var i = 0; i < 5; i++)
        {
            await Browser.LoginAsync(client, "signin-lock", "Wrong-password-1");
        }
        Assert.NotNull(await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "signin-lock").Select(u => u.LockoutEnd).SingleAsync()));

        // Even the right password is refused, in the words a wrong one gets: the lock is no oracle.
        var response = await Browser.LoginAsync(client, "signin-lock", password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确，或账户已锁定、停用", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = factory.CreateClient();
        var token = await api.PostAsJsonAsync("/api/auth/token", new { userName = "signin-lock", password });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);

        var failures = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.SignInFailed));
        Assert.True(failures >= 7);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.SignInFailed && e.After!.Contains("locked"))));
    }

    [Fact]
    public async Task An_idle_session_times_out()
    {
        var password = await factory.CreateUserAsync("signin-idle", "370211", Roles.DistrictStaff);
        var client = await Browser.SignedInAsync(factory, "signin-idle", password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Auth/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_so_a_copied_cookie_no_longer_works()
    {
        var password = await factory.CreateUserAsync("signin-out", "370211", Roles.DistrictStaff);
        var client = Browser.NewClient(factory);
        var login = await Browser.LoginAsync(client, "signin-out", password);
        // The cookie as someone who copied it would keep it.
        var copied = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ballast.auth=", StringComparison.Ordinal)).Split(';')[0];

        var replay = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        replay.DefaultRequestHeaders.Add("Cookie", copied);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/")).StatusCode);

        var token = await Browser.AntiforgeryTokenAsync(client, "/");
        var signOut = await client.PostAsync("/Auth/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var after = await replay.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Auth/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_token_opens_the_api_and_stops_working_after_logout()
    {
        var password = await factory.CreateUserAsync("signin-token", "370211", Roles.DistrictStaff);
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/projects")).StatusCode);

        var bad = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "signin-token", password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Contains("用户名或密码不正确", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var client = await Browser.WithTokenAsync(factory, "signin-token", password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/projects")).StatusCode);
    }
}
