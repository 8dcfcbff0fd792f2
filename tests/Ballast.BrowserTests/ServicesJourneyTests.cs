using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>The demo portfolio with the demo buildings and service areas, on its own app: the new-services
/// figures move the plan's roll-up, so the shared demo journeys do not see them.</summary>
public sealed class ServicesBrowserFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public BallastFactory App => _browser.App;

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        App.Clock.Set(new DateTimeOffset(2023, 10, 8, 1, 0, 0, TimeSpan.Zero));
        await App.WithDbAsync(db => new DemoPortfolio(db).SeedAsync());
        await using var scope = App.Services.CreateAsyncScope();
        await DemoServices.SeedAsync(scope.ServiceProvider);
    }

    public async Task<IPage> SignedInAsync(string user, string password)
    {
        var page = await _browser.NewPageAsync();
        await Journey.SignInAsync(page, user, password, App);
        return page;
    }

    public Task DisposeAsync() => _browser.DisposeAsync();
}

/// <summary>The office reads the new-services indicators computed in the bulletin, follows the 税收过亿元楼宇
/// figure to the buildings behind it, and opens one.</summary>
public sealed class ServicesJourneyTests(ServicesBrowserFixture fx) : IClassFixture<ServicesBrowserFixture>
{
    [Fact]
    public async Task The_bulletin_shows_the_new_services_computed_and_leads_to_the_buildings()
    {
        var password = await fx.App.CreateUserAsync("services-office", "dept-drc", Roles.ProgrammeOffice);
        var page = await fx.SignedInAsync("services-office", password);
        await page.GotoAsync("/Programme/Bulletin?Year=2023&Month=9");
        foreach (var code in new[] { "specialty-buildings", "tax-buildings", "innovation-centres", "service-clusters" })
        {
            await Assertions.Expect(page.GetByTestId($"value-{code}").Locator("a")).ToBeVisibleAsync();
        }
        await Assertions.Expect(page.GetByTestId("value-specialty-buildings")).ToContainTextAsync("50");
        await Assertions.Expect(page.GetByTestId("value-service-clusters")).ToContainTextAsync("32");
        await Assertions.Expect(page.GetByTestId("value-innovation-centres")).ToContainTextAsync("11");
        // Parks still wait for their module; none of the new-services rows does.
        foreach (var code in new[] { "emerging-growth", "integration-pilots", "service-manufacturing-demos", "leading-firms", "tax-buildings" })
        {
            await Assertions.Expect(page.GetByTestId($"indicator-{code}").First).Not.ToContainTextAsync("尚未建设");
        }
        await page.GetByTestId("value-tax-buildings").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(page, "services-01-bulletin");

        await page.GetByTestId("value-tax-buildings").Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/Buildings?Year=2023&OverYi=true");
        var rows = page.GetByTestId("row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        var count = await rows.CountAsync();
        Assert.InRange(count, 40, 100);
        await Assertions.Expect(page.GetByTestId("result-count")).ToContainTextAsync($"共 {count} 座楼宇");
        await BrowserFixture.ShotAsync(page, "services-02-buildings");

        await rows.First.Locator("a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("tax-history")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("tax-history").Locator("tr[data-year='2023']")).ToContainTextAsync(",");
        await BrowserFixture.ShotAsync(page, "services-03-building");

        await page.GotoAsync("/Buildings/Areas?Year=2023");
        await Assertions.Expect(page.GetByTestId("result-count")).ToContainTextAsync("47");
        await BrowserFixture.ShotAsync(page, "services-04-areas");
    }
}
