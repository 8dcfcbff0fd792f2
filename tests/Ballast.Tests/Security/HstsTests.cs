using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Security;

/// <summary>Strict-Transport-Security is sent only over https: over plain http it would be ignored at
/// best, and it would promise a TLS site that an http-only intranet install does not have.</summary>
public sealed class HstsTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly string[] Urls = ["/Auth/Login", "/", "/Dashboard", "/api/projects", "/css/site.css", "/no-such-page", "/api/dashboard?year=abc"];

    [Theory]
    [InlineData("http://localhost", false)]
    [InlineData("https://localhost", true)]
    public async Task Every_answer_carries_HSTS_over_https_and_none_over_http(string origin, bool https)
    {
        var name = "hsts-" + new Uri(origin).Scheme;
        var client = await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice), new Uri(origin));
        var anonymous = Browser.NewClient(factory, new Uri(origin));
        var failures = new List<string>();
        foreach (var url in Urls)
        {
            foreach (var c in new[] { client, anonymous })
            {
                var response = await c.GetAsync(url);
                failures.AddRange(Protections.Missing(response, https).Select(m => $"{url} → {(int)response.StatusCode}: {m}"));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
