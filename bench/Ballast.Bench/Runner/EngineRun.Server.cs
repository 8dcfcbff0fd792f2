using System.Diagnostics;
using System.Globalization;
using Ballast.Bench.Databases;
using Ballast.Bench.Hosting;
using Ballast.Bench.Http;
using Ballast.Bench.Measures;
using Ballast.Bench.Output;

namespace Ballast.Bench;

public sealed partial class EngineRun
{
    private async Task MeasureOnServerAsync(BenchDatabase db, List<double> hello)
    {
        var starts = new List<double>();
        AppServer? server = null;
        try
        {
            for (var i = 0; i < options.Repeat; i++)
            {
                if (server is not null)
                {
                    await server.DisposeAsync();
                }
                Say($"start with the existing database ({i + 1}/{options.Repeat})");
                server = await StartAppAsync(db);
                starts.Add(server.StartUp.TotalMilliseconds);
            }
            _rows.Add(Rows.Absolute("start-up with the existing database (median)", Stats.Median(starts), "ms",
                "hello-world: " + Rows.Ms(Stats.Median(hello)), Stats.Median(hello), 1500));
            await ReadDataAsync(db);
            using var session = await BenchSession.SignInAsync(server!.Address, _account);
            await ServerTimesAsync(db, session);
            server.EnsureAlive();
            await ExportAsync(session);
            await SearchAsync(db, session);
            await LoadAsync(session);
            server.EnsureAlive();
        }
        finally
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
    }

    private async Task ReadDataAsync(BenchDatabase db)
    {
        if (await db.ScalarAsync<long>("SELECT COUNT(*) FROM \"ReportingPeriods\"") == 0)
        {
            throw new BenchFailedException("the database has no reporting periods: nothing for the dashboard to show");
        }
        _year = await db.ScalarAsync<int>("SELECT MAX(\"Year\") FROM \"ReportingPeriods\"");
        _month = await db.ScalarAsync<int>($"SELECT MAX(\"Month\") FROM \"ReportingPeriods\" WHERE \"Year\" = {_year}");
        _counts["projects"] = await db.ScalarAsync<long>("SELECT COUNT(*) FROM \"Projects\"");
        _counts[$"key projects in {_year}"] = await db.ScalarAsync<long>($"SELECT COUNT(*) FROM \"KeyProjects\" WHERE \"Year\" = {_year}");
        _counts["monthly reports"] = await db.ScalarAsync<long>("SELECT COUNT(*) FROM \"MonthlyReports\"");
    }

    private string Y(string path) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"year={_year}";

    /// <summary>The dashboard, the plan and the bulletin one request at a time, against the plain SQL of the
    /// dashboard's district table; then the dashboard's first request after a write.</summary>
    private async Task ServerTimesAsync(BenchDatabase db, BenchSession session)
    {
        Say("server time against the plain SQL");
        var (sql, districts) = await PlainSql.MeasureAsync(db, _year, _month, options.Samples);
        _counts["districts in the plain SQL's table"] = districts.Count;
        var differences = SameFigures.Compare(districts, await session.Api.GetStringAsync(new Uri(Y("/api/dashboard"), UriKind.Relative)));
        _notes.Add(differences.Count == 0
            ? "the plain SQL yields the dashboard's district table exactly (projects, plan, year to date, reported)"
            : "**the plain SQL and the dashboard's district table differ** (projects/plan/year to date/reported): " + string.Join("; ", differences));
        const string floor = "plain SQL (district table)";
        foreach (var (label, path) in new[] { ("dashboard", "/api/dashboard"), ("plan", "/api/programme/plan"), ("bulletin", "/api/programme/bulletin") })
        {
            var times = new List<double>();
            for (var i = -2; i < options.Samples; i++)
            {
                var ms = await Check.TimedGetAsync(session.Api, Y(path));
                if (i >= 0)
                {
                    times.Add(ms);
                }
            }
            _rows.Add(Rows.Time($"{label} API, 1 client (median of {options.Samples})", Stats.Median(times), sql, floor, 1.5));
        }
        var cold = new List<double>();
        for (var i = 0; i < options.Repeat; i++)
        {
            await PostImportAsync(session, await ImportFileAsync(db, 3, $"cold{i}"), 3);
            cold.Add(await Check.TimedGetAsync(session.Api, Y("/api/dashboard")));
        }
        _rows.Add(Rows.Time("dashboard API, first request after a write (an import of 3 rows; median)", Stats.Median(cold), sql, floor, 1.5));
    }

    private async Task ExportAsync(BenchSession session)
    {
        Say("export");
        var path = Y("/Projects?handler=Export");
        var times = new List<double>();
        byte[] file = [];
        for (var i = -1; i < options.Repeat; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await session.Pages.GetAsync(new Uri(path, UriKind.Relative));
            file = await response.Content.ReadAsByteArrayAsync();
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            await Check.OkAsync(response, "GET " + path);
            if (i >= 0)
            {
                times.Add(ms);
            }
        }
        var (floor, rows) = ExportFloor.Measure(file, options.Repeat);
        _counts["rows in the export"] = rows;
        _rows.Add(Rows.Time(string.Create(CultureInfo.InvariantCulture, $"export of the project list, {rows:N0} rows (median)"),
            Stats.Median(times), floor, "MiniExcel SaveAs of the same rows", 1.5));
    }

    private async Task LoadAsync(BenchSession session)
    {
        var d = TimeSpan.FromSeconds(options.Duration);
        var c = options.Clients;
        Say($"load: {c} clients × {options.Duration} s per endpoint");
        var none = await LoadTest.RunAsync(session.Api, "/bench/floor/none", c, d);
        var one = await LoadTest.RunAsync(session.Api, "/bench/floor/one-row", c, d);
        _rows.Add(Rows.Floor($"floor: constant answer, {c} clients", none));
        _rows.Add(Rows.Floor($"floor: one-row read, {c} clients", one));
        var p95 = engine == "postgres" ? 150 : 300;
        var endpoints = new (string Label, bool Api, string Path, bool Figures)[]
        {
            ("`GET /api/dashboard`", true, Y("/api/dashboard"), true),
            ("`/Dashboard` page", false, Y("/Dashboard"), false),
            ("`GET /api/projects?p=1`", true, Y("/api/projects?p=1"), false),
            ("`/Projects` page", false, Y("/Projects"), false),
            ("`GET /api/programme/plan`", true, Y("/api/programme/plan"), true),
            ("`/Programme` page (plan)", false, Y("/Programme"), false),
            ("`GET /api/programme/bulletin`", true, Y("/api/programme/bulletin"), true),
            ("`/Programme/Bulletin` page", false, Y("/Programme/Bulletin"), false),
        };
        foreach (var e in endpoints)
        {
            Say("load: " + e.Path);
            var r = await LoadTest.RunAsync(e.Api ? session.Api : session.Pages, e.Path, c, d);
            _rows.Add(Rows.Throughput($"{e.Label}, {c} clients", r, one, e.Api ? 0.30 : 0.20));
            if (e.Figures)
            {
                _rows.Add(Rows.P95($"{e.Label}, {c} clients: p95", r, one, p95, options.Scale));
            }
        }
    }
}
