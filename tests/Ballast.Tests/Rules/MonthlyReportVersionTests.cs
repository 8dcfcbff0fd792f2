using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Rules;

/// <summary>Two people on the same month's report of the same key project: whoever saves second from
/// an older read — of a draft, or of no report at all — gets 409 naming what differs (the API) or the
/// conflict alert with their figures still in the form (the page); what the first saved is kept.</summary>
public sealed class MonthlyReportVersionTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private sealed record World(HttpClient Office, int Unit, int Key, int Period);

    /// <summary>Each test has a year of its own, so the report page shows its key project alone.</summary>
    private async Task<World> StartAsync(string tag, int year)
    {
        const int month = 6;
        var office = await ImportHttp.OfficeAsync(factory, $"mrv-{tag}");
        var unit = await UnitAsync(factory, "370211");
        var (_, key) = await KeyProjectAsync(factory, $"并发月报{tag}", unit, year, 2_000m);
        var opened = await office.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(year, month, new DateOnly(year, month, 28)));
        return new World(office, unit, key, (await ImportHttp.JsonAsync(opened)).GetProperty("id").GetInt32());
    }

    private static Task<HttpResponseMessage> SaveAsync(World w, decimal completed, string progress, int? version) =>
        w.Office.PutAsJsonAsync($"/api/dispatch/periods/{w.Period}/reports",
            new DispatchApi.SaveReports([new ReportEntry(w.Key, completed, progress, false, false, version)], Submit: false));

    private Task<MonthlyReport> StoredAsync(World w) => factory.WithDbAsync(db => db.MonthlyReports.AsNoTracking().SingleAsync(r => r.PeriodId == w.Period));

    private static async Task AssertConflictAsync(HttpResponseMessage response, int current, string mine, string theirs)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await ImportHttp.JsonAsync(response);
        Assert.Equal(nameof(MonthlyReport), body.GetProperty("record").GetString());
        Assert.Equal(current, body.GetProperty("current").GetInt32());
        var field = Assert.Single(body.GetProperty("fields").EnumerateArray(),
            f => f.GetProperty("field").GetString() == nameof(MonthlyReport.PhysicalProgress));
        Assert.Equal((mine, theirs), (field.GetProperty("mine").GetString(), field.GetProperty("theirs").GetString()));
    }

    [Fact]
    public async Task Both_from_the_same_draft_the_second_is_409_with_what_differs()
    {
        var w = await StartAsync("draft", 2035);
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w, 100m, "桩基施工", -1)).StatusCode);
        var read = (await w.Office.GetFromJsonAsync<List<DispatchApi.ReportDto>>($"/api/dispatch/periods/{w.Period}/reports"))!.Single();

        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w, 200m, "主体施工甲", read.Version)).StatusCode);
        await AssertConflictAsync(await SaveAsync(w, 300m, "主体施工乙", read.Version), read.Version + 1, "主体施工乙", "主体施工甲");

        var stored = await StoredAsync(w);
        Assert.Equal((200m, "主体施工甲", read.Version + 1), (stored.Completed, stored.PhysicalProgress, stored.Version));
    }

    [Fact]
    public async Task Both_from_no_report_the_second_is_409_not_an_overwrite()
    {
        var w = await StartAsync("none", 2036);
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w, 100m, "先到者", -1)).StatusCode);
        await AssertConflictAsync(await SaveAsync(w, 900m, "后到者", -1), 0, "后到者", "先到者");
        Assert.Equal("先到者", (await StoredAsync(w)).PhysicalProgress);
    }

    [Fact]
    public async Task Twenty_at_once_from_one_read_one_is_saved_the_rest_are_409()
    {
        var w = await StartAsync("twenty", 2037);
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(w, 1m, "起始", -1)).StatusCode);
        var read = (await StoredAsync(w)).Version;

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => SaveAsync(w, 100m + i, $"第{i}次", read))));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.NoContent), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var stored = await StoredAsync(w);
        Assert.Equal(read + 1, stored.Version);
        Assert.Equal($"第{stored.Completed - 100m:0}次", stored.PhysicalProgress);
    }

    [Fact]
    public async Task On_the_page_the_second_sees_the_conflict_keeps_their_figures_and_can_then_decide()
    {
        var w = await StartAsync("page", 2038);
        var first = await Browser.SignedInAsync(factory, "mrv-page-a", await factory.CreateUserAsync("mrv-page-a", "370211", Roles.DistrictStaff));
        var second = await Browser.SignedInAsync(factory, "mrv-page-b", await factory.CreateUserAsync("mrv-page-b", "370211", Roles.DistrictStaff));
        var page = $"/Projects/Dispatch/Report/{w.Period}";
        var firstForm = await first.GetStringAsync(page);
        var secondForm = await second.GetStringAsync(page);
        Dictionary<string, string> Form(string html, string completed, string progress) => new()
        {
            ["Lines[0].KeyProjectId"] = $"{w.Key}", ["Lines[0].Completed"] = completed, ["Lines[0].PhysicalProgress"] = progress,
            ["Lines[0].Version"] = VersionIn(html), ["__RequestVerificationToken"] = Browser.TokenIn(html, page),
        };

        var saved = await first.PostAsync(page + "?handler=Save", new FormUrlEncodedContent(Form(firstForm, "150", "甲填写的进度")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await second.PostAsync(page + "?handler=Save", new FormUrlEncodedContent(Form(secondForm, "275", "乙填写的进度")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("甲填写的进度", html, StringComparison.Ordinal);
        Assert.Contains("value=\"乙填写的进度\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"275\"", html, StringComparison.Ordinal);
        Assert.Equal("甲填写的进度", (await StoredAsync(w)).PhysicalProgress);

        // Having seen the difference, the second person saves again: now on purpose, against the stored version.
        var decided = await second.PostAsync(page + "?handler=Save", new FormUrlEncodedContent(Form(html, "275", "乙填写的进度")));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal((275m, "乙填写的进度"), ((await StoredAsync(w)).Completed, (await StoredAsync(w)).PhysicalProgress));
    }

    private static string VersionIn(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"Lines\\[0\\]\\.Version\" value=\"(-?\\d+)\"").Groups[1].Value;
}
