using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ballast.Bench.Http;

/// <summary>The bench user signed in twice: a bearer token for the API, the sign-in cookie (through the
/// login form and its antiforgery token) for pages. Redirects are not followed, so a page that sends
/// the user back to the login form counts as a failure rather than as a fast answer.</summary>
public sealed partial class BenchSession : IDisposable
{
    private BenchSession(HttpClient api, HttpClient pages)
    {
        Api = api;
        Pages = pages;
    }

    public HttpClient Api { get; }
    public HttpClient Pages { get; }

    public static async Task<BenchSession> SignInAsync(Uri address, string user, string password)
    {
        var api = Client(address, null);
        using var token = await api.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName = user, password });
        await Check.OkAsync(token, "POST /api/auth/token");
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());

        var pages = Client(address, new CookieContainer());
        var form = await pages.GetStringAsync(new Uri("/Auth/Login", UriKind.Relative));
        var antiforgery = AntiforgeryField().Match(form);
        if (!antiforgery.Success)
        {
            throw new BenchFailedException("the login page has no antiforgery token");
        }
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
        });
        using var signIn = await pages.PostAsync(new Uri("/Auth/Login", UriKind.Relative), body);
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchFailedException($"signing in through the login page answered {(int)signIn.StatusCode}, not a redirect");
        }
        return new BenchSession(api, pages);
    }

    private static HttpClient Client(Uri address, CookieContainer? cookies) =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
        })
        { BaseAddress = address, Timeout = TimeSpan.FromMinutes(10) };

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    public void Dispose()
    {
        Api.Dispose();
        Pages.Dispose();
    }
}
