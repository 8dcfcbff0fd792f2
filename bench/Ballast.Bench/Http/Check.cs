using System.Net;

namespace Ballast.Bench.Http;

/// <summary>Every request the run times must answer 200; anything else fails the run with what the server said.</summary>
public static class Check
{
    public static async Task OkAsync(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new BenchFailedException($"{what} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 600)]}");
        }
    }

    /// <summary>GET, read the whole body, fail unless 200; returns the elapsed milliseconds.</summary>
    public static async Task<double> TimedGetAsync(HttpClient client, string path)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        await response.Content.LoadIntoBufferAsync();
        var ms = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        await OkAsync(response, "GET " + path);
        return ms;
    }
}
