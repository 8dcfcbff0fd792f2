using Ballast.Bench.Output;

namespace Ballast.Bench;

/// <summary><c>run</c>: every measure against its floor, per engine, written to the output folder and stdout.
/// Exits 1 when any request the run makes fails (a status other than 200, a refused import, a dead server).</summary>
public static class BenchRun
{
    public static async Task<int> MainAsync(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var root = RepoRoot();
        var app = Path.Combine(root, "src/Ballast.Web/bin/Release/net10.0/Ballast.Web.dll");
        if (!File.Exists(app))
        {
            Console.Error.WriteLine($"{app} is missing: build first (dotnet build Ballast.slnx -c Release)");
            return 2;
        }
        // Without the command the app would take the argument for a setting and start serving instead.
        if (options.Data == "generated" && !Ballast.Web.Commands.Names.Contains("generate"))
        {
            Console.Error.WriteLine("this build of Ballast has no generate command: use --scale tiny (the demo data) or --data demo");
            return 2;
        }
        if (options.Engines.Contains("postgres") && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("BALLAST_BENCH_PG")))
        {
            Console.Error.WriteLine("PostgreSQL needs BALLAST_BENCH_PG (a role with CREATEDB), "
                + "e.g. Host=127.0.0.1;Port=55432;Username=ballast;Password=ballast");
            return 2;
        }
        var output = Path.GetFullPath(options.Out);
        var reports = new List<BenchReport>();
        foreach (var engine in options.Engines)
        {
            var run = new EngineRun(options, engine, app, typeof(BenchRun).Assembly.Location, output);
            var report = await run.RunAsync();
            Console.WriteLine(await ReportWriter.WriteAsync(report, output));
            reports.Add(report);
        }
        Console.WriteLine(await EngineComparison.WriteAsync(reports, output));
        var failed = reports.Any(r => r.Failure is not null);
        Console.WriteLine($"results in {output}");
        return failed ? 1 : 0;
    }

    private static string RepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ballast.slnx")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("run from inside the Ballast repository");
    }
}
