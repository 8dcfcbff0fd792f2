using System.Text.RegularExpressions;
using Ballast.Tests.Api;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Security;

/// <summary>Every page the app routes (read from its endpoints, so a new page is covered the day it is
/// added), signed in and not, and the API, files, missing addresses and refusals carry the browser
/// protections; no page carries inline script or inline event handlers for the policy to refuse.</summary>
public sealed partial class SecurityHeaderTests(WalkFactory factory) : IClassFixture<WalkFactory>
{
    private static readonly string[] Others =
    [
        "/api/dashboard?year=2023", "/api/projects?year=2023", "/api/dashboard?year=abc", "/api/no-such-thing", "/openapi/v1.json",
        "/api/docs/", "/css/site.css", "/js/site.js", "/lib/bootstrap/bootstrap.min.css", "/lib/echarts/echarts.min.js",
        "/no-such-page", "/Projects/Details/999999", "/health", "/health/live", "/year?y=2023&returnUrl=/Projects", "/culture?c=en&returnUrl=/",
    ];

    [Fact]
    public async Task Every_page_and_answer_carries_the_protections_signed_in_or_not()
    {
        var office = await Browser.SignedInAsync(factory, "headers-office", await factory.CreateUserAsync("headers-office", "dept-drc", Roles.ProgrammeOffice));
        var anonymous = Browser.NewClient(factory);
        var routes = PageRoutes();
        Assert.True(routes.Count >= 40, $"only {routes.Count} page routes found: " + string.Join(" ", routes));

        var failures = new List<string>();
        var pages = 0;
        foreach (var url in routes.Concat(Others).Append("/Auth/Login"))
        {
            foreach (var (who, client) in new[] { ("office", office), ("anonymous", anonymous) })
            {
                var response = await client.GetAsync(url);
                var status = (int)response.StatusCode;
                failures.AddRange(Protections.Missing(response).Select(m => $"{who} GET {url} → {status}: {m}"));
                if (status >= 500)
                {
                    failures.Add($"{who} GET {url} → {status}");
                }
                if (response.Content.Headers.ContentType?.MediaType == "text/html" && !url.StartsWith("/api/docs", StringComparison.Ordinal))
                {
                    pages += who == "office" ? 1 : 0;
                    failures.AddRange(InlineCode(await response.Content.ReadAsStringAsync()).Select(m => $"{who} GET {url}: {m}"));
                }
            }
        }
        Assert.True(pages >= 35, $"only {pages} of {routes.Count} page routes answered with a page");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(60)));
    }

    [Fact]
    public async Task The_API_reference_has_its_own_policy_only_there_with_its_inline_script_allowed_by_hash()
    {
        var office = await Browser.SignedInAsync(factory, "headers-docs", await factory.CreateUserAsync("headers-docs", "dept-drc", Roles.ProgrammeOffice));
        var docs = await office.GetAsync("/api/docs/");
        var html = await docs.Content.ReadAsStringAsync();
        var policy = Protections.Policy(string.Join("", docs.Headers.GetValues("Content-Security-Policy")));
        var inline = InlineScript().Matches(html).Select(m => m.Groups["body"].Value).ToList();
        Assert.NotEmpty(inline);
        foreach (var body in inline)
        {
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
            Assert.Contains($"'sha256-{hash}'", policy["script-src"], StringComparison.Ordinal);
        }
        Assert.Equal("'self' 'unsafe-inline'", policy["style-src"]);

        var page = Protections.Policy(string.Join("", (await office.GetAsync("/Dashboard")).Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("'self'", page["script-src"]);
        Assert.Equal("'self'", page["style-src"]);
    }

    /// <summary>A GET address for every Razor page, its route values filled with 1.</summary>
    private List<string> PageRoutes() =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + RouteValue().Replace(e.RoutePattern.RawText ?? "", "1"))
            .Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Code the policy would refuse to run: a script element without src (other than a JSON
    /// data block), an on… event attribute, a javascript: address.</summary>
    private static IEnumerable<string> InlineCode(string html) =>
        InlineScript().Matches(html).Where(m => !m.Value.Contains("application/json", StringComparison.Ordinal))
            .Select(m => "inline script " + m.Value[..Math.Min(80, m.Value.Length)])
            .Concat(EventAttribute().Matches(html).Select(m => "event handler " + m.Value))
            .Concat(html.Contains("javascript:", StringComparison.OrdinalIgnoreCase) ? ["javascript: address"] : []);

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex RouteValue();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<[a-zA-Z][^>]*\\son[a-z]+\\s*=[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();
}
