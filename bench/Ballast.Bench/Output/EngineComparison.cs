using System.Globalization;
using System.Text;

namespace Ballast.Bench.Output;

/// <summary>With both engines run, each measure's Ballast figure on SQLite beside PostgreSQL's: the goal is
/// PostgreSQL at least as fast on every measured request (more req/s; fewer ms or MB).</summary>
public static class EngineComparison
{
    public static async Task<string?> WriteAsync(IReadOnlyList<BenchReport> reports, string folder)
    {
        var sqlite = reports.FirstOrDefault(r => r.Engine == "sqlite");
        var postgres = reports.FirstOrDefault(r => r.Engine == "postgres");
        if (sqlite is null || postgres is null)
        {
            return null;
        }
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"## PostgreSQL beside SQLite, scale {sqlite.Scale}");
        s.AppendLine();
        s.AppendLine("| measure | SQLite | PostgreSQL | PostgreSQL / SQLite | goal | met |");
        s.AppendLine("|---|---:|---:|---:|---|---|");
        var pg = postgres.Rows.GroupBy(r => r.Measure).ToDictionary(g => g.Key, g => g.First());
        foreach (var a in sqlite.Rows)
        {
            if (!pg.TryGetValue(a.Measure, out var b) || a.BallastValue <= 0)
            {
                continue;
            }
            var ratio = b.BallastValue / a.BallastValue;
            var higherIsBetter = a.Unit == "req/s";
            var met = higherIsBetter ? ratio >= 1 : ratio <= 1;
            s.AppendLine(CultureInfo.InvariantCulture,
                $"| {a.Measure} | {Figure(a)} | {Figure(b)} | {ratio:0.00} | {(higherIsBetter ? "≥ 1" : "≤ 1")} | {(met ? "met" : "**missed**")} |");
        }
        var text = s.AppendLine().ToString();
        await File.WriteAllTextAsync(Path.Combine(folder, $"results-both-{sqlite.Scale}.md"), text);
        return text;
    }

    private static string Figure(ResultRow r) => r.Unit switch
    {
        "ms" => Rows.Ms(r.BallastValue),
        _ => r.BallastValue.ToString("N0", CultureInfo.InvariantCulture) + " " + r.Unit,
    };
}
