using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Security;

/// <summary>Every place that takes a "go back to" value — the year and language switches, the sign-in
/// page, and the list pages' post-backs — sent every hostile value: never a 500, never a Location a
/// browser could read as another host (only plain ASCII, one leading slash, resolving to this host);
/// what is not a local path goes home.</summary>
public sealed class ReturnUrlTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task The_year_and_language_switches_stay_on_the_site_whatever_they_are_sent()
    {
        var client = await Browser.SignedInAsync(factory, "return-switch", await factory.CreateUserAsync("return-switch", "dept-drc", Roles.ProgrammeOffice));
        var failures = new List<string>();
        var sent = 0;
        foreach (var value in HostileReturnUrls.All())
        {
            foreach (var switcher in new[] { "/year?y=2023&returnUrl=", "/culture?c=zh&returnUrl=" })
            {
                sent++;
                var response = await client.GetAsync(switcher + Uri.EscapeDataString(value));
                failures.AddRange(Check(response, null).Select(f => $"{switcher}{Show(value)}: {f}"));
            }
        }
        foreach (var (value, location) in HostileReturnUrls.Local)
        {
            var response = await client.GetAsync("/culture?c=zh&returnUrl=" + Uri.EscapeDataString(value));
            failures.AddRange(Check(response, location).Select(f => $"local {value}: {f}"));
        }
        Assert.True(sent > 200, $"only {sent} sent");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task Signing_in_goes_back_only_to_a_page_of_the_site()
    {
        var password = await factory.CreateUserAsync("return-login", "dept-drc", Roles.ProgrammeOffice);
        var failures = new List<string>();
        foreach (var value in HostileReturnUrls.All().Where((_, i) => i % 3 == 0).Concat(["//evil.example", "/\\evil.example", "/\t/evil.example"]))
        {
            var client = Browser.NewClient(factory);
            var page = await client.GetAsync("/Auth/Login?ReturnUrl=" + Uri.EscapeDataString(value));
            if (page.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"GET login {Show(value)} → {(int)page.StatusCode}");
            }
            var response = await Browser.PostFormAsync(client, "/Auth/Login?ReturnUrl=" + Uri.EscapeDataString(value),
                new Dictionary<string, string> { ["UserName"] = "return-login", ["Password"] = password, ["ReturnUrl"] = value });
            // A value the form's input rules refuse (a control character) shows the page again.
            failures.AddRange(Check(response, null, mayRefuse: true).Select(f => $"login {Show(value)}: {f}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task The_lists_and_saved_filters_go_back_to_their_own_page_whatever_query_they_are_sent()
    {
        var client = await Browser.SignedInAsync(factory, "return-lists", await factory.CreateUserAsync("return-lists", "dept-drc", Roles.ProgrammeOffice));
        var token = await Browser.AntiforgeryTokenAsync(client, "/Projects");
        Task<HttpResponseMessage> SaveAsync(Dictionary<string, string> fields) =>
            client.PostAsync("/Projects?handler=Save",
                new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
        var failures = new List<string>();
        foreach (var value in HostileReturnUrls.All().Select(v => "?" + v).Concat(HostileReturnUrls.All()).Where((_, i) => i % 4 == 0))
        {
            var saved = await SaveAsync(new() { ["name"] = "", ["query"] = value });
            failures.AddRange(Check(saved, null, mayRefuse: true).Select(f => $"save {Show(value)}: {f}"));
        }
        failures.AddRange(Check(await SaveAsync([]), "/Projects").Select(f => $"save with nothing: {f}"));
        failures.AddRange(Check(await SaveAsync(new() { ["name"] = "青岛", ["query"] = "?q=青岛" }), "/Projects?q=%E9%9D%92%E5%B2%9B")
            .Select(f => $"save with Chinese: {f}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    /// <summary>What is wrong with an answer: a 5xx, a redirect that leaves the site, or (unless the
    /// form may refuse the value with its page or a 400) no redirect at all.</summary>
    private static IEnumerable<string> Check(HttpResponseMessage response, string? expected, bool mayRefuse = false)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            return mayRefuse && response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest ? [] : [$"answered {(int)response.StatusCode}"];
        }
        return CheckLocation(response.Headers.Location?.OriginalString ?? "", expected);
    }

    /// <summary>What is wrong with a Location: a character a browser drops, a way off the site, or not the expected one.</summary>
    internal static IEnumerable<string> CheckLocation(string location, string? expected)
    {
        if (!location.All(c => c is > ' ' and < '\u007f'))
        {
            yield return $"Location has characters a browser drops or a server refuses: {Show(location)}";
        }
        if (!location.StartsWith('/') || location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal)
            || new Uri(new Uri("http://localhost/"), location).Host != "localhost")
        {
            yield return $"Location leaves the site: {Show(location)}";
        }
        if (expected is not null && location != expected)
        {
            yield return $"Location is {Show(location)}, not {expected}";
        }
    }

    private static string Show(string value) =>
        value.Length > 60 ? $"{Escape(value[..60])}…({value.Length})" : Escape(value);

    private static string Escape(string value) => string.Concat(value.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
