using System.Globalization;

namespace Ballast.Bench;

/// <summary>The run's command line. Durations in seconds; <c>--samples</c> sequential requests per
/// server-time figure; <c>--repeat</c> starts per start-up figure.</summary>
public sealed record BenchOptions(
    IReadOnlyList<string> Engines,
    string Scale,
    string Data,
    int Duration,
    int Clients,
    int Samples,
    int Repeat,
    int Rows,
    int Seed,
    int Policies,
    string Out)
{
    public static readonly IReadOnlyList<string> Scales = ["tiny", "city", "province"];

    public static BenchOptions Parse(string[] args)
    {
        var o = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }
            o[args[i][2..]] = args[++i];
        }
        int Int(string name, int fallback) => o.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var engine = o.GetValueOrDefault("engine", "sqlite");
        var engines = engine switch
        {
            "both" => new[] { "sqlite", "postgres" },
            "sqlite" or "postgres" => [engine],
            _ => throw new ArgumentException("--engine is sqlite, postgres or both"),
        };
        var scale = o.GetValueOrDefault("scale", "tiny");
        if (!Scales.Contains(scale))
        {
            throw new ArgumentException("--scale is tiny, city or province");
        }
        // Until the generator is on every branch, the tiny scale is the demo data (Demo__Enabled).
        var data = o.GetValueOrDefault("data", scale == "tiny" ? "demo" : "generated");
        return new BenchOptions(engines, scale, data, Int("duration", 10), Int("clients", 16), Int("samples", 30), Int("repeat", 3),
            Int("rows", scale == "tiny" ? 500 : 10_000), Int("seed", 42),
            Int("policies", scale == "tiny" ? 1_000 : 20_000), o.GetValueOrDefault("out", "artifacts/bench"));
    }
}
