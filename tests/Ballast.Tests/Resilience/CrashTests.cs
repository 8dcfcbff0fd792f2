using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Import;
using Ballast.Web.Features.Projects;
using Xunit.Abstractions;

namespace Ballast.Tests.Resilience;

/// <summary>kill -9 at several points of a large import and of a monthly save, against the built
/// Ballast in a process of its own on SQLite: after each kill the next start finds a sound database
/// (SQLite's integrity check, the audit chain), each import wholly there (its batch record matching
/// its rows) or wholly absent, and each month's save wholly there or absent, never half a report.
/// Then what was lost is sent again and goes in whole.</summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int ImportRows = 1_500;
    private static readonly string[] Districts = ["即墨区", "城阳区", "胶州市", "黄岛区"];
    private readonly string _folder = Directory.CreateTempSubdirectory("ballast-crash-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Where to kill: after the n-th execution of a statement the console shows. Each round
    /// runs an import and a monthly save at once (SQLite takes one writer at a time, so one of them
    /// may be waiting, running or done when the kill comes).</summary>
    private static readonly (string Statement, int Occurrence)[] Kills =
        [("INSERT INTO \"Projects\"", 1), ("INSERT INTO \"MonthlyReports\"", 1), ("INSERT INTO \"ImportBatches\"", 1)];

    [Fact]
    public async Task Killed_at_any_point_of_an_import_or_a_monthly_save_each_is_wholly_there_or_wholly_absent()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var imports = new List<(string Prefix, string File, byte[] Sheet)>();
        var periods = new List<(int Id, decimal Base)>();
        for (var round = 0; round < Kills.Length; round++)
        {
            await using var app = await BallastProcess.StartAsync(_folder);
            var api = await SignInAsync(app);
            var (prefix, file) = ($"（断电{round}）项目", $"断电导入{round}.xlsx");
            var sheet = Sheet(prefix);
            imports.Add((prefix, file, sheet));
            var (period, @base) = (await OpenPeriodAsync(api, 10 + round), 100m * (round + 1));
            periods.Add((period, @base));
            var keys = await CrashInspection.KeyProjectsAsync(_folder, 2023);

            var killed = app.KillWhenLogged(Kills[round].Statement, Kills[round].Occurrence);
            var import = SendQuietlyAsync(() => api.PostAsync("/api/projects/import", Upload(sheet, file)));
            var monthly = SendQuietlyAsync(() => api.PutAsJsonAsync($"/api/dispatch/periods/{period}/reports", Entries(keys, @base)));
            await Task.WhenAny(killed, Task.WhenAll(import, monthly));
            // The console is written by a queue: on a loaded machine the line can trail the answers.
            await Task.WhenAny(killed, Task.Delay(TimeSpan.FromSeconds(10)));
            app.Kill();

            Assert.True(killed.IsCompleted, $"round {round}: {Kills[round].Statement} never ran: {await import} / {await monthly}");
            await AssertSoundAsync($"round {round}");
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed after {Kills[round].Statement} #{Kills[round].Occurrence}: "
                + $"import {Whole(await ImportStateAsync(prefix, file))}, monthly save {Whole(await ReportStateAsync(period, keys, @base))}");
        }

        // The next start: whatever was lost is sent again and goes in whole; what went in is not doubled.
        await using (var app = await BallastProcess.StartAsync(_folder))
        {
            var api = await SignInAsync(app);
            var keys = await CrashInspection.KeyProjectsAsync(_folder, 2023);
            foreach (var (prefix, file, sheet) in imports)
            {
                // The same bytes: one that went in before the kill is recognised and not imported twice.
                Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/projects/import", Upload(sheet, file))).StatusCode);
                Assert.Equal(ImportRows, await ImportStateAsync(prefix, file));
            }
            foreach (var (period, @base) in periods)
            {
                Assert.Equal(HttpStatusCode.NoContent,
                    (await api.PutAsJsonAsync($"/api/dispatch/periods/{period}/reports", Entries(keys, @base))).StatusCode);
                Assert.Equal(keys.Count, await ReportStateAsync(period, keys, @base));
            }
        }
        await AssertSoundAsync("after the last start");
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: all sent again");
    }

    private static string Whole(int rows) => rows == 0 ? "absent" : "wholly there";

    [Fact]
    public async Task Ballast_refuses_to_start_with_an_audit_retention_under_180_days_before_touching_the_database()
    {
        var (code, text) = await BallastProcess.RunAsync(_folder, [], ("Audit__RetentionDays", "30"));
        Assert.Equal(1, code);
        Assert.Contains("Audit:RetentionDays is 30", text, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "ballast.db")));
    }

    private async Task AssertSoundAsync(string when)
    {
        var sound = await CrashInspection.SoundAsync(_folder);
        Assert.True(sound == "ok", $"{when}: {sound}");
    }

    /// <summary>0 when the import is absent, its row count when it is wholly there; fails on anything between.</summary>
    private async Task<int> ImportStateAsync(string prefix, string file)
    {
        var (projects, recorded) = await CrashInspection.ImportAsync(_folder, prefix, file);
        Assert.True((projects, recorded) == (0, null) || (projects, recorded) == (ImportRows, ImportRows),
            $"{file}: {projects} projects written, batch record says {recorded?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}");
        return projects;
    }

    /// <summary>0 when the month's save is absent, the number of reports when it is wholly there with the figures sent.</summary>
    private async Task<int> ReportStateAsync(int period, List<int> keys, decimal @base)
    {
        var reports = await CrashInspection.ReportsAsync(_folder, period);
        if (reports.Count == 0)
        {
            return 0;
        }
        Assert.Equal(keys.Count, reports.Count);
        var index = keys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        Assert.All(reports, r => Assert.Equal((@base + index[r.Key], $"月报{index[r.Key]}"), (r.Completed, r.Progress)));
        return reports.Count;
    }

    private static byte[] Sheet(string prefix) =>
        ImportSheets.Projects(ImportRows, i => [$"{prefix}{i}", Districts[i % Districts.Length], 100d + i]).ToArray();

    private static MultipartFormDataContent Upload(byte[] sheet, string file) => ImportHttp.Upload(new MemoryStream(sheet), file);

    private static DispatchApi.SaveReports Entries(List<int> keys, decimal @base) =>
        new([.. keys.Select((k, i) => new ReportEntry(k, @base + i, $"月报{i}", false, false))], Submit: false);

    private static async Task<int> OpenPeriodAsync(HttpClient api, int month)
    {
        var opened = await api.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2023, month, new DateOnly(2023, month, 28)));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await ImportHttp.JsonAsync(opened)).GetProperty("id").GetInt32();
    }

    /// <summary>The demo office, whose password the first start wrote to the data folder.</summary>
    private async Task<HttpClient> SignInAsync(BallastProcess app)
    {
        var password = (await File.ReadAllLinesAsync(Path.Combine(_folder, "demo-credentials.txt")))
            .Select(l => l.Split('\t')).First(p => p[0] == "office")[1];
        var response = await app.Http.PostAsJsonAsync("/api/auth/token", new { userName = "office", password });
        response.EnsureSuccessStatusCode();
        var token = (await ImportHttp.JsonAsync(response)).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = app.Http.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A request whose connection the kill cuts: its answer, or how it ended.</summary>
    private static async Task<string> SendQuietlyAsync(Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            var response = await send();
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }
        catch (HttpRequestException e)
        {
            return $"cut: {e.Message}";
        }
    }
}
