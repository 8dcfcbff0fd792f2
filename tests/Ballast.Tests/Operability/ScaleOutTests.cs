using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Operability;

/// <summary>Two Ballast instances on one database, as a province runs them behind a load balancer:
/// a sign-in on one holds on the other, a save through one shows on the other's (cached) dashboard
/// at once, and writes through both extend one audit chain.</summary>
public sealed partial class ScaleOutTests
{
    [Fact]
    public async Task A_page_session_started_on_one_instance_is_valid_on_the_other()
    {
        await using var a = new BallastFactory();
        var password = await a.CreateUserAsync("scale-page", "dept-drc", Roles.ProgrammeOffice);
        await using var b = BallastFactory.SharingDatabaseOf(a);
        var cookies = await SignInCookiesAsync(a.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }), "scale-page", password);

        var onB = b.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Dashboard");
        request.Headers.Add("Cookie", cookies);
        var page = await onB.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // Without the cookie the other instance sends the visitor to sign in.
        Assert.Equal(HttpStatusCode.Redirect, (await onB.GetAsync("/Dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_report_saved_through_one_shows_on_the_others_dashboard_at_once()
    {
        await using var a = new BallastFactory();
        var officeA = await ImportHttp.OfficeAsync(a, "scale-a");
        await using var b = BallastFactory.SharingDatabaseOf(a);
        var tokenFromA = officeA.DefaultRequestHeaders.Authorization;
        var officeB = b.CreateClient();
        officeB.DefaultRequestHeaders.Authorization = tokenFromA;
        var year = 2030 + Random.Shared.Next(0, 5);
        var plan = 1_000m + Random.Shared.Next(0, 9_000);
        var key = await KeyProjectAsync(a, "双实例项目", await UnitAsync(a, "370211"), year, plan);
        var opened = await officeA.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(year, 6, new DateOnly(year, 7, 10)));
        var period = (await ImportHttp.JsonAsync(opened)).GetProperty("id").GetInt32();

        Assert.Equal(0m, await CityYtdAsync(officeB, year));
        Assert.Equal(0m, await CityYtdAsync(officeB, year)); // now served from B's cache

        var completed = 10m + Random.Shared.Next(1, 900);
        var saved = await officeA.PutAsJsonAsync($"/api/dispatch/periods/{period}/reports",
            new DispatchApi.SaveReports([new ReportEntry(key.KeyId, completed, "主体施工", false, false)], Submit: true));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        Assert.Equal(completed, await CityYtdAsync(officeB, year));
        Assert.Equal(completed, await CityYtdAsync(officeA, year));
    }

    [Fact]
    public async Task Writes_through_both_instances_extend_one_audit_chain()
    {
        await using var a = new BallastFactory();
        var officeA = await ImportHttp.OfficeAsync(a, "chain-a");
        await using var b = BallastFactory.SharingDatabaseOf(a);
        var officeB = await ImportHttp.OfficeAsync(b, "chain-b");
        var unit = await UnitAsync(a, "370212");

        var writes = Enumerable.Range(1, 24).Select(i => (i % 2 == 0 ? officeA : officeB)
            .PostAsJsonAsync("/api/projects", new ProjectInput { Name = $"双实例审计{i}", OwnerUnitId = unit, TotalInvestment = i, NotADuplicate = true }));
        var responses = await Task.WhenAll(writes);

        foreach (var r in responses)
        {
            Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        }
        var verified = await b.WithDbAsync(db => AuditVerifier.VerifyAsync(db));
        Assert.True(verified.Intact, verified.Problem);
        var created = await a.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(e => e.EntityType == nameof(Project) && e.Action == AuditActions.Create)));
        Assert.True(created >= 24, $"{created} project creations audited");
    }

    [Fact]
    public async Task An_import_previewed_on_one_instance_commits_on_the_other()
    {
        await using var a = new BallastFactory();
        var password = await a.CreateUserAsync("scale-import", "dept-drc", Roles.ProgrammeOffice);
        await using var b = BallastFactory.SharingDatabaseOf(a);
        var onA = a.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var onB = b.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new Dictionary<string, string>();
        Absorb(jar, await SignInCookiesAsync(onA, "scale-import", password));

        var template = await SendAsync(onA, jar, new(HttpMethod.Get, "/Projects/Import?Kind=projects&handler=Template"));
        var file = new ByteArrayContent(await template.Content.ReadAsByteArrayAsync());
        using var upload = new MultipartFormDataContent
        {
            { new StringContent("projects"), "Kind" },
            { new StringContent(await PageTokenAsync(onA, jar)), "__RequestVerificationToken" },
            { file, "file", "模板.xlsx" },
        };
        var preview = await SendAsync(onA, jar, new(HttpMethod.Post, "/Projects/Import?handler=Preview") { Content = upload });
        var hash = HashPattern().Match(await preview.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal(64, hash.Length);
        // Kept in the database, not on the previewing instance's disk.
        Assert.True(await a.WithDbAsync(db => Task.FromResult(db.KeptUploads.Any(u => u.Hash == hash))));

        var commit = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Kind"] = "projects", ["FileHash"] = hash, ["FileName"] = "模板.xlsx",
            ["__RequestVerificationToken"] = await PageTokenAsync(onB, jar),
        });
        var committed = await SendAsync(onB, jar, new(HttpMethod.Post, "/Projects/Import?handler=Commit") { Content = commit });
        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
        Assert.Equal(1, await b.WithDbAsync(db => Task.FromResult(db.Projects.Count(p => p.Name == "（示例）某某智能制造产业园"))));
    }

    private static async Task<string> PageTokenAsync(HttpClient client, Dictionary<string, string> jar)
    {
        var page = await SendAsync(client, jar, new(HttpMethod.Get, "/Projects/Import?Kind=projects"));
        return Browser.TokenIn(await page.Content.ReadAsStringAsync(), "/Projects/Import");
    }

    /// <summary>Sends with the jar's cookies and keeps the ones the answer sets.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, string> jar, HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
            var response = await client.SendAsync(request);
            if (response.Headers.Contains("Set-Cookie"))
            {
                Absorb(jar, CookiesOf(response));
            }
            return response;
        }
    }

    private static void Absorb(Dictionary<string, string> jar, string cookies)
    {
        foreach (var pair in cookies.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            jar[pair[..at]] = pair[(at + 1)..];
        }
    }

    private static async Task<decimal> CityYtdAsync(HttpClient client, int year)
    {
        var body = await ImportHttp.JsonAsync(await client.GetAsync($"/api/dashboard?year={year}&month=6"));
        return body.GetProperty("city").GetProperty("ytdWan").GetDecimal();
    }

    /// <summary>Signs in through the login form by hand and returns the cookies to send.</summary>
    private static async Task<string> SignInCookiesAsync(HttpClient client, string user, string password)
    {
        var login = await client.GetAsync("/Auth/Login");
        var antiforgery = CookiesOf(login);
        var html = await login.Content.ReadAsStringAsync();
        var token = Browser.TokenIn(html, "/Auth/Login");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Auth/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return CookiesOf(signedIn);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    [GeneratedRegex("name=\"FileHash\" value=\"([0-9a-f]{64})\"")]
    private static partial Regex HashPattern();
}
