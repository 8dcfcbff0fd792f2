using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Ballast.Tests.Infrastructure;

/// <summary>Drives Ballast's pages over HTTP as a browser would: cookies, antiforgery tokens, redirects by hand.</summary>
public static partial class Browser
{
    public static HttpClient NewClient(BallastFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url) =>
        TokenIn(await client.GetStringAsync(url), url);

    /// <summary>The page's antiforgery token, from its HTML.</summary>
    public static string TokenIn(string html, string url) =>
        TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"no antiforgery token on {url}");

    /// <summary>Posts a form with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IDictionary<string, string> fields)
    {
        var token = await AntiforgeryTokenAsync(client, url);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string user, string password) =>
        PostFormAsync(client, "/Auth/Login", new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password });

    /// <summary>Signs in on the page, giving the authenticator code when the user has a second factor.</summary>
    public static async Task<HttpClient> SignedInAsync(BallastFactory factory, string user, string password)
    {
        var client = NewClient(factory);
        var response = await LoginAsync(client, user, password);
        if (response.Headers.Location?.OriginalString.StartsWith("/Auth/SecondFactor", StringComparison.Ordinal) == true)
        {
            response = await PostFormAsync(client, "/Auth/SecondFactor", new Dictionary<string, string> { ["Code"] = await factory.TotpCodeAsync(user) });
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Refused: 403, or sent to the denied page (a page handler without the function).</summary>
    public static bool IsRefused(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.Forbidden
        || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Auth/Denied", StringComparison.Ordinal) == true;

    public static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next, string? confirm = null) =>
        PostFormAsync(client, "/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.Current"] = current, ["Input.New"] = next, ["Input.Confirm"] = confirm ?? next,
        });

    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn);

    public static async Task<HttpClient> WithTokenAsync(BallastFactory factory, string user, string password)
    {
        var client = factory.CreateClient();
        var code = factory.AuthenticatorKeyOf(user) is null ? null : await factory.TotpCodeAsync(user);
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = user, password, code });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
