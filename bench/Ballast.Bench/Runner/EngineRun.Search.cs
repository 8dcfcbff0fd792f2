using System.Globalization;
using Ballast.Bench.Databases;
using Ballast.Bench.Hosting;
using Ballast.Bench.Http;
using Ballast.Bench.Measures;
using Ballast.Bench.Output;

namespace Ballast.Bench;

public sealed partial class EngineRun
{
    /// <summary>The compendium the search is measured on: <c>generate policies</c> adds the run's synthetic policies
    /// through the compendium's save path (rules, audit, search index) beside the demo's.</summary>
    private async Task AddPoliciesAsync(BenchDatabase db)
    {
        var count = options.Policies.ToString(CultureInfo.InvariantCulture);
        Say($"generate policies --count {count}");
        var took = await AppCommand.RunAsync(appDll, ["generate", "policies", "--count", count, "--seed", options.Seed.ToString(CultureInfo.InvariantCulture)],
            AppEnvironment(db, demo: false), _log, TimeSpan.FromHours(1));
        _notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"{options.Policies:N0} policies added by `generate policies` in {Rows.Ms(took.TotalMilliseconds)} (each through the compendium's save path)"));
    }

    /// <summary>The policy search API, one client, for each kind of query a person types, against the plain SQL
    /// scan of the same terms.</summary>
    private async Task SearchAsync(BenchDatabase db, BenchSession session)
    {
        Say("policy search");
        _counts["policies"] = await db.ScalarAsync<long>("SELECT COUNT(*) FROM \"Policies\"");
        // A real 文号, typed with square brackets as people do; Ballast reads them as 〔〕.
        var number = (await db.StringsAsync("SELECT \"DocumentNumber\" FROM \"Policies\" WHERE \"DocumentNumber\" LIKE '%〔%' ORDER BY \"Id\" DESC LIMIT 1"))[0];
        var queries = new (string Label, string Text, string[] Terms)[]
        {
            ("two characters (人才)", "人才", ["人才"]),
            ("three characters (专精特)", "专精特", ["专精特"]),
            ("four characters (集成电路)", "集成电路", ["集成电路"]),
            ("a 文号 typed with [ ]", number.Replace('〔', '[').Replace('〕', ']'), [number]),
            ("two words (人才 贴息)", "人才 贴息", ["人才", "贴息"]),
            ("a phrase found nowhere (量子通信卫星)", "量子通信卫星", ["量子通信卫星"]),
        };
        foreach (var (label, text, terms) in queries)
        {
            var (floor, hits) = await SearchFloor.MeasureAsync(db, terms, options.Samples);
            var path = "/api/policies?q=" + Uri.EscapeDataString(text);
            var times = new List<double>();
            for (var i = -2; i < options.Samples; i++)
            {
                var ms = await Check.TimedGetAsync(session.Api, path);
                if (i >= 0)
                {
                    times.Add(ms);
                }
            }
            _rows.Add(Rows.Time(string.Create(CultureInfo.InvariantCulture,
                $"policy search API, {label}: first page of {hits} (median of {options.Samples})"), Stats.Median(times), floor, "plain SQL scan", 1.5));
        }
    }
}
