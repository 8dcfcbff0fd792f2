using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>Ballast with the 2023 demo portfolio seeded once, on its own Kestrel port and browser,
/// with the clock in early October 2023: September is open and due on 2023-10-10, so reports
/// come in on time. Journeys that change the portfolio's figures (or need them untouched) share it
/// in order; imports that add key projects go elsewhere, or the headline figures would move.</summary>
public sealed class DemoBrowserFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public BallastFactory App => _browser.App;

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        App.Clock.Set(new DateTimeOffset(2023, 10, 8, 1, 0, 0, TimeSpan.Zero));
        await App.WithDbAsync(db => new DemoPortfolio(db).SeedAsync());
    }

    public Task<IPage> NewPageAsync(int width = 1366, int height = 900) => _browser.NewPageAsync(width, height);

    /// <summary>A fresh browser context signed in as the user.</summary>
    public async Task<IPage> SignedInAsync(string user, string password, int width = 1366, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await Journey.SignInAsync(page, user, password, App);
        return page;
    }

    public Task DisposeAsync() => _browser.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DemoBrowserGroup : ICollectionFixture<DemoBrowserFixture>
{
    public const string Name = "browser-demo";
}

/// <summary>Steps every journey takes.</summary>
public static class Journey
{
    /// <summary>Signs in; a user whose authenticator key the app knows types the code it shows.</summary>
    public static async Task SignInAsync(IPage page, string user, string password, BallastFactory? app = null)
    {
        await page.GotoAsync("/Auth/Login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        if (app?.AuthenticatorKeyOf(user) is not null)
        {
            await GiveCodeAsync(page, await app.TotpCodeAsync(user));
        }
        await Assertions.Expect(page.GetByTestId("sign-out").First).ToBeAttachedAsync();
    }

    /// <summary>The second step of signing in.</summary>
    public static async Task GiveCodeAsync(IPage page, string code)
    {
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Auth/SecondFactor"));
        await page.GetByLabel("动态验证码").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "验证" }).ClickAsync();
    }

    /// <summary>How much wider than the viewport the page is (0 when nothing scrolls sideways).</summary>
    public static Task<int> SidewaysOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
