using System.Net;

namespace Ballast.Tests.Resilience;

/// <summary>The database stops taking writes while Ballast runs — read-only, or locked by another
/// writer — on the engine the suite runs on. Every page write comes back as the same page with the
/// reason and the user's input, every API write is a 503 problem, nothing is half-written, reads go
/// on, readiness reports it with the reason in the log only; when the fault goes, the same writes
/// succeed without a restart.</summary>
public sealed class UnwritableDatabaseTests
{
    [Theory]
    [InlineData(DatabaseFault.ReadOnly, 3, 11)]
    [InlineData(DatabaseFault.Locked, 1, 12)]
    public async Task Writes_are_refused_clearly_reads_go_on_and_everything_recovers(string kind, int variants, int seed)
    {
        await using var app = new FaultFactory();
        var world = await FaultWorld.CreateAsync(app);
        await using var fault = DatabaseFault.For(app, kind);
        var health = app.CreateClient();
        await ReadinessAsync(health, "Healthy");
        var before = await StateAsync(world);
        var message = kind == DatabaseFault.ReadOnly ? "数据库暂时无法写入，请稍后重试；您的输入未保存" : "数据库繁忙，请稍后重试；您的输入未保存";

        await fault.StartAsync();
        var ready = await ReadinessAsync(health, fault.Unhealthy ? "Unhealthy" : "Degraded");
        Assert.Equal(fault.Unhealthy ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK, ready);
        var failures = new List<string>();
        var probes = world.Probes(variants, seed);
        foreach (var probe in probes)
        {
            failures.AddRange(await RefusedAsync(probe, await probe.SendAsync(), message));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await StateAsync(world));
        await ReadsGoOnAsync(world);
        Assert.Equal(before, await StateAsync(world));

        var logs = app.Logs.Lines;
        var reason = fault.Unhealthy ? "database cannot be written" : "database busy";
        Assert.Contains(logs, l => l.Contains("Database not ready", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(probes.Count, logs.Count(l => l.StartsWith("Warning Ballast.Web.Common.Web.", StringComparison.Ordinal)
            && l.Contains(fault.Unhealthy ? "Unwritable" : "Busy", StringComparison.Ordinal)));
        Assert.DoesNotContain(logs, l => l.Contains("Unhandled error", StringComparison.Ordinal));
        // What the logs say is the fault and where, never what was sent: no password, no typed value.
        Assert.DoesNotContain(logs, l => l.Contains(world.OfficePassword, StringComparison.Ordinal)
            || probes.Any(p => p.Typed is { } typed && typed != world.OfficeName && l.Contains(typed, StringComparison.Ordinal)));
        await fault.StopAsync();

        await ReadinessAsync(health, "Healthy");
        foreach (var probe in world.Probes(1, seed + 100))
        {
            var response = await probe.SendAsync();
            Assert.True(probe.Saved == response.StatusCode, $"{probe.Name} after the fault: {(int)response.StatusCode}");
        }
        var after = await StateAsync(world);
        Assert.Equal((before.Projects + 2, before.Targets + 2, before.Reports + 1), (after.Projects, after.Targets, after.Reports));
        Assert.True(after.HeadSeq > before.HeadSeq);
        Assert.NotEqual(before.Project, after.Project);
    }

    private static Task<StoredState> StateAsync(FaultWorld w) =>
        w.App.WithDbAsync(db => StoredState.ReadAsync(db, w.ProjectId, w.KeyProjectId));

    /// <summary>Polls readiness (checked at most once a second) until it says <paramref name="expected"/>;
    /// the answer is the state alone, never the reason.</summary>
    private static async Task<HttpStatusCode> ReadinessAsync(HttpClient client, string expected)
    {
        var body = "";
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 60 && body != expected; i++)
        {
            if (i > 0)
            {
                await Task.Delay(100);
            }
            using var response = await client.GetAsync("/health/ready");
            (status, body) = (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(expected, body);
        return status;
    }

    private static async Task<List<string>> RefusedAsync(WriteProbe probe, HttpResponseMessage response, string message)
    {
        var problems = new List<string>();
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        void Expect(bool ok, string what)
        {
            if (!ok)
            {
                var got = $"{(int)response.StatusCode} {response.Content.Headers.ContentType}: {body[..Math.Min(body.Length, 200)]}";
                problems.Add($"{probe.Name}: {what} (got {got})");
            }
        }
        Expect(response.StatusCode == HttpStatusCode.ServiceUnavailable, "503");
        if (probe.IsPage)
        {
            Expect(response.Content.Headers.ContentType?.MediaType == "text/html", "a page, not JSON");
            Expect(body.Contains("data-testid=\"write-failed\"", StringComparison.Ordinal) && body.Contains(message, StringComparison.Ordinal),
                "the reason on the page");
            Expect(body.Contains(probe.Typed!, StringComparison.Ordinal), $"the typed '{probe.Typed}' kept in the form");
            var cookies = response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [];
            Expect(!cookies.Any(c => c.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal)), "no sign-in cookie");
        }
        else
        {
            Expect(response.Content.Headers.ContentType?.MediaType == "application/problem+json", "problem+json");
            Expect(body.Contains($"\"title\":\"{message}\"", StringComparison.Ordinal), "the reason as the title");
            Expect(response.Headers.RetryAfter is not null, "Retry-After");
        }
        return problems;
    }

    /// <summary>Pages and the API read as before, also when the session's once-a-minute touch cannot be written.</summary>
    private static async Task ReadsGoOnAsync(FaultWorld w)
    {
        string[] pages = ["/", "/Projects", $"/Projects/Details/{w.ProjectId}", "/Lists/Targets"];
        foreach (var url in pages)
        {
            Assert.True((await w.OfficePage.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }
        Assert.Equal(HttpStatusCode.OK, (await w.DistrictPage.GetAsync($"/Projects/Dispatch/Report/{w.PeriodId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await w.OfficeApi.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await w.OfficeApi.GetAsync("/api/dashboard?year=2023")).StatusCode);
        w.App.Clock.Advance(TimeSpan.FromMinutes(2));
        foreach (var url in pages)
        {
            Assert.True((await w.OfficePage.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{url} after two minutes");
        }
        Assert.Equal(HttpStatusCode.OK, (await w.OfficeApi.GetAsync("/api/projects")).StatusCode);
    }
}
