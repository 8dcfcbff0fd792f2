using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>Records every content security policy violation a page reports (the browser's own console
/// message and the <c>securitypolicyviolation</c> event) and every script error.</summary>
public sealed class CspWatch
{
    private const string Listener = """
        document.addEventListener('securitypolicyviolation', function (e) {
          console.error('Content Security Policy violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
            + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
        });
        """;

    private readonly ConcurrentQueue<string> _seen = new();

    public IReadOnlyCollection<string> Seen => _seen;

    public static async Task<CspWatch> OnAsync(IPage page)
    {
        var watch = new CspWatch();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                watch._seen.Enqueue($"{page.Url}: {m.Text}");
            }
        };
        page.PageError += (_, error) => watch._seen.Enqueue($"{page.Url}: script error {error}");
        await page.AddInitScriptAsync(Listener);
        return watch;
    }

    public string Report() => string.Join("\n", _seen.Distinct());
}
