using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>Ballast with the whole demo seeded (campaigns, compendium and rewards included) on its own port and browser,
/// the clock on 2023-12-28 in the city (before the seeding, so the demo's rewards reach their paid steps). Journeys that
/// move the clock set it back when they end.</summary>
public sealed class PromotionBrowserFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2023, 12, 28, 1, 0, 0, TimeSpan.Zero);

    private readonly BrowserFixture _browser = new();

    public BallastFactory App => _browser.App;

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        App.Clock.Set(Start);
        using (var scope = App.Services.CreateScope())
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IConfiguration>(), App.DataFolder);
        }
        if (!await App.WithDbAsync(db => db.Campaigns.AnyAsync()) || !await App.WithDbAsync(db => db.RewardRules.AnyAsync(r => r.Year == 2023)))
        {
            throw new InvalidOperationException("the demo seeded no campaigns or no 2023 reward rule");
        }
    }

    public async Task<IPage> SignedInAsync(string user, string password)
    {
        var page = await _browser.NewPageAsync();
        await Journey.SignInAsync(page, user, password, App);
        return page;
    }

    public Task DisposeAsync() => _browser.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PromotionBrowserGroup : ICollectionFixture<PromotionBrowserFixture>
{
    public const string Name = "browser-promotion";
}
