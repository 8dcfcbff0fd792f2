using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>Records, and stops, every request a page makes to a host other than the test server's.
/// Ballast runs on intranets without internet: a page that needs another host is broken there.</summary>
public sealed class OffsiteRequests
{
    private readonly ConcurrentQueue<string> _seen = new();

    public IReadOnlyCollection<string> Seen => _seen;

    public Task WatchAsync(IBrowserContext context, string baseUrl)
    {
        var server = new Uri(baseUrl).Authority;
        return context.RouteAsync(url => IsOffsite(url, server), async route =>
        {
            _seen.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });
    }

    private static bool IsOffsite(string url, string server) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" or "ws" or "wss" && u.Authority != server;

    public string Report() => string.Join("\n", _seen.Distinct());
}
