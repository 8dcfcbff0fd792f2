using System.Net;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Auth;

/// <summary>What a person does with an authenticator app, over HTTP: read the key off the enrolment
/// page, type the code it shows, keep the recovery codes.</summary>
public static partial class TwoFactorSteps
{
    /// <summary>Enrols the signed-in user from their account page; returns the page with the recovery codes.</summary>
    public static async Task<string> EnrolAsync(BallastFactory factory, HttpClient client, string userName)
    {
        var page = await client.GetStringAsync("/Account/TwoFactor");
        factory.RememberAuthenticator(userName, SharedKey(page));
        var response = await PostAsync(client, "/Account/TwoFactor", "Enable", new() { ["Code"] = await factory.TotpCodeAsync(userName) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string SharedKey(string html) =>
        KeyPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no key on the enrolment page");

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        [.. CodePattern().Matches(html).Select(m => m.Groups[1].Value)];

    /// <summary>Posts to a page handler with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, page);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(body));
    }

    /// <summary>The password step; returns the client, now half signed in, and the redirect it got.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> PasswordStepAsync(BallastFactory factory, string user, string password)
    {
        var client = Browser.NewClient(factory);
        return (client, await Browser.LoginAsync(client, user, password));
    }

    /// <summary>The code step; when the page itself sends the client away (no half sign-in), that answer.</summary>
    public static async Task<HttpResponseMessage> CodeStepAsync(HttpClient client, string code)
    {
        var page = await client.GetAsync("/Auth/SecondFactor");
        if (page.StatusCode != HttpStatusCode.OK)
        {
            return page;
        }
        var token = Browser.TokenIn(await page.Content.ReadAsStringAsync(), "/Auth/SecondFactor");
        return await client.PostAsync("/Auth/SecondFactor", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code, ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>A six-digit code that is not the right one now nor one step either way.</summary>
    public static string WrongCode(BallastFactory factory, string userName)
    {
        var key = Ballast.Web.Features.Auth.Base32.Decode(factory.AuthenticatorKeyOf(userName)!);
        var now = Ballast.Web.Features.Auth.Totp.StepAt(factory.Clock.GetUtcNow());
        var good = Enumerable.Range(-1, 3).Select(d => Ballast.Web.Features.Auth.Totp.Code(key, now + d)).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{(i * 111_111 + 123_456) % 1_000_000:000000}").First(c => !good.Contains(c));
    }

    [GeneratedRegex("data-testid=\"shared-key\">([a-z2-7 ]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li class=\"col\">([A-Z0-9-]+)</li>")]
    private static partial Regex CodePattern();
}
