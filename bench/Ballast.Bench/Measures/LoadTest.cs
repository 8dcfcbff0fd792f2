using System.Diagnostics;
using Ballast.Bench.Http;

namespace Ballast.Bench.Measures;

/// <summary>N clients, each sending the next request as soon as the last answer is read, for a fixed time.</summary>
public static class LoadTest
{
    public static async Task<LoadResult> RunAsync(HttpClient client, string path, int clients, TimeSpan duration)
    {
        // A few requests first, so that JIT and first-use caches are not timed.
        for (var i = 0; i < 3; i++)
        {
            await Check.TimedGetAsync(client, path);
        }
        var clock = Stopwatch.StartNew();
        var lists = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var own = new List<double>();
            while (clock.Elapsed < duration)
            {
                own.Add(await Check.TimedGetAsync(client, path));
            }
            return own;
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = lists.SelectMany(l => l).Order().ToArray();
        return new LoadResult(path, all.Length, seconds, all.Length / seconds,
            Stats.Percentile(all, 50), Stats.Percentile(all, 95), Stats.Percentile(all, 99));
    }
}
