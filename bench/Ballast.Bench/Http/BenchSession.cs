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

    /// <summary>Signs in through the login form first: an account created by <c>users add</c> has a temporary
    /// password, which the first sign-in replaces (as its owner would) before the API hands out a token.</summary>
    public static async Task<BenchSession> SignInAsync(Uri address, BenchAccount account)
    {
        var pages = Client(address, new CookieContainer());
        using var signIn = await PostFormAsync(pages, "/Auth/Login", new() { ["UserName"] = account.User, ["Password"] = account.Password });
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new BenchFailedException($"signing in through the login page answered {(int)signIn.StatusCode}, not a redirect");
        }
        if (signIn.Headers.Location?.OriginalString.StartsWith("/Account/ChangePassword", StringComparison.Ordinal) == true)
        {
            var replacement = BenchAccount.NewPassword();
            using var changed = await PostFormAsync(pages, "/Account/ChangePassword",
                new() { ["Input.Current"] = account.Password, ["Input.New"] = replacement, ["Input.Confirm"] = replacement });
            if (changed.StatusCode != HttpStatusCode.Redirect)
            {
                throw new BenchFailedException($"replacing the temporary password answered {(int)changed.StatusCode}, not a redirect");
            }
            account.Password = replacement;
        }
        var api = Client(address, null);
        using var token = await api.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName = account.User, password = account.Password });
        await Check.OkAsync(token, "POST /api/auth/token");
        using var json = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return new BenchSession(api, pages);
    }

    /// <summary>Posts a form with the antiforgery token of the page it is on.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient pages, string path, Dictionary<string, string> fields)
    {
        var form = await pages.GetStringAsync(new Uri(path, UriKind.Relative));
        var antiforgery = AntiforgeryField().Match(form);
        if (!antiforgery.Success)
        {
            throw new BenchFailedException($"{path} has no antiforgery token");
        }
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value);
        using var body = new FormUrlEncodedContent(fields);
        return await pages.PostAsync(new Uri(path, UriKind.Relative), body);
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
