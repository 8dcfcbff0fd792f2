using System.Net;
using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Resilience;

/// <summary>The database cannot be reached at all: a page answers with a page saying so (in the
/// user's language, never raw JSON), the API with a 503 problem, liveness stays up while readiness
/// does not, and everything answers again once the database is back, without a restart.</summary>
public sealed class UnreachableDatabaseTests
{
    private const string Unreachable = "暂时无法连接数据库，请稍后重试";

    [Fact]
    public async Task Pages_answer_with_a_page_the_api_with_a_problem_and_all_recovers()
    {
        await using var app = new FaultFactory();
        var world = await FaultWorld.CreateAsync(app);
        var token = await Browser.AntiforgeryTokenAsync(world.OfficePage, "/Projects/Edit");
        var english = Browser.NewClient(app);
        english.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var health = app.CreateClient();
        await using var fault = DatabaseFault.For(app, DatabaseFault.Unreachable);

        await fault.StartAsync();
        var read = await world.OfficePage.GetAsync("/Projects");
        var body = await PageAsync(read);
        Assert.Contains("data-testid=\"error-page\"", body, StringComparison.Ordinal);
        Assert.Contains(Unreachable, body, StringComparison.Ordinal);
        Assert.DoesNotContain("您的输入未保存", body, StringComparison.Ordinal);

        var write = await world.OfficePage.PostAsync("/Projects/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "无法连接时的项目", ["Input.OwnerUnitId"] = $"{world.Unit}", ["Input.TotalInvestment"] = "100", ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains(Unreachable + "；您的输入未保存", await PageAsync(write), StringComparison.Ordinal);

        var api = await world.OfficeApi.GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"title\":\"{Unreachable}\"", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Signing in shows the login page again with the reason, in English for an English reader.
        var signIn = await Browser.LoginAsync(english, world.OfficeName, world.OfficePassword);
        var login = await PageAsync(signIn);
        Assert.Contains("The database cannot be reached just now; please try again later. Your input was not saved", login, StringComparison.Ordinal);
        Assert.Contains($"value=\"{world.OfficeName}\"", login, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await health.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadinessAsync(health, HttpStatusCode.ServiceUnavailable));
        await fault.StopAsync();

        Assert.Equal(HttpStatusCode.OK, await ReadinessAsync(health, HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, (await world.OfficePage.GetAsync("/Projects")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.OfficeApi.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(english, world.OfficeName, world.OfficePassword)).StatusCode);
    }

    private static async Task<string> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Readiness is checked at most once a second: polls until it answers <paramref name="expected"/>.</summary>
    private static async Task<HttpStatusCode> ReadinessAsync(HttpClient client, HttpStatusCode expected)
    {
        var status = (await client.GetAsync("/health/ready")).StatusCode;
        for (var i = 0; i < 60 && status != expected; i++)
        {
            await Task.Delay(100);
            status = (await client.GetAsync("/health/ready")).StatusCode;
        }
        return status;
    }
}
