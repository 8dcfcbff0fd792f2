using Ballast.Tests.Compendium.PublicPages;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>The public-page arrangement on its own app, opened by a phone-sized browser with no session at all.</summary>
public sealed class PublicPagesBrowserFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public string BaseUrl => _browser.BaseUrl;

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        await _browser.App.WithDbAsync(PublicArrange.SeedAsync);
    }

    /// <summary>A 375 × 812 phone (touch, mobile viewport), Chinese, without any cookie.</summary>
    public async Task<IPage> PhoneAsync()
    {
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 375, Height = 812 }, IsMobile = true, HasTouch = true,
            DeviceScaleFactor = 2, Locale = "zh-CN", AcceptDownloads = true,
        });
        await _browser.Offsite.WatchAsync(context, BaseUrl);
        return await context.NewPageAsync();
    }

    public Task DisposeAsync() => _browser.DisposeAsync();
}
