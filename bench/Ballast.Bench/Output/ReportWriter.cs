using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Ballast.Bench.Output;

/// <summary>The results table as markdown (stdout and results-ENGINE-SCALE.md) and the same report as JSON.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static async Task<string> WriteAsync(BenchReport report, string folder)
    {
        Directory.CreateDirectory(folder);
        var name = $"results-{report.Engine}-{report.Scale}";
        var markdown = Markdown(report);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".md"), markdown);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".json"), JsonSerializer.Serialize(report, Json));
        return markdown;
    }

    public static string Markdown(BenchReport r)
    {
        var o = r.Options;
        var m = r.Machine;
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"## Ballast benchmark: {r.Engine}, scale {r.Scale} ({r.Data} data)");
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture,
            $"- date: {r.Date:yyyy-MM-dd HH:mm} UTC; machine: {m.Cores} cores, {m.RamGb} GB RAM, {m.Cpu}; {m.Os}; {m.Runtime}");
        s.AppendLine(CultureInfo.InvariantCulture,
            $"- settings: {o.Clients} clients × {o.Duration} s per endpoint; {o.Samples} sequential samples; {o.Repeat} starts; import of {o.Rows} rows");
        var counts = string.Join(", ", r.Counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value:N0} {c.Key}")));
        s.AppendLine(CultureInfo.InvariantCulture, $"- data: year {r.Year}, month {r.Month}; {counts}");
        s.AppendLine();
        s.AppendLine("| measure | Ballast | floor | ratio | goal | met |");
        s.AppendLine("|---|---|---|---:|---|---|");
        foreach (var row in r.Rows)
        {
            var ratio = row.Ratio is { } x ? x.ToString(x < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) : "—";
            var met = row.Met switch { true => "met", false => "**missed**", null => "—" };
            s.AppendLine(CultureInfo.InvariantCulture, $"| {row.Measure} | {row.Ballast} | {row.Floor} | {ratio} | {row.Goal} | {met} |");
        }
        foreach (var note in r.Notes)
        {
            s.AppendLine().Append("- ").Append(note);
        }
        if (r.Failure is not null)
        {
            s.AppendLine().AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**FAILED**: {r.Failure}");
        }
        return s.AppendLine().ToString();
    }
}
