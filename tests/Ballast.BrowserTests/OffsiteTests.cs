using Ballast.Web.Features.Organisation;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>Nothing leaves the server: every main page and the API reference load only from
/// Ballast itself. The watch is proved able to fail by a page that asks for an outside image.</summary>
[Collection(TourGroup.Name)]
public sealed class OffsiteTests(TourFixture tour)
{
    private static readonly string[] Extra = ["/", "/Auth/Login", "/Programme/Plan?Year=2023", "/Projects/Details/1", "/api/docs"];

    [Fact]
    public async Task Every_main_page_and_the_API_reference_load_nothing_from_another_host()
    {
        var app = tour.Browser;
        var password = await app.App.CreateUserAsync("offsite-office", "dept-drc", Roles.ProgrammeOffice);
        var page = await app.NewPageAsync();
        await Journey.SignInAsync(page, "offsite-office", password);
        var paths = PageTourTests.Pages.Select(row => (string)row[3]).Concat(Extra).Distinct();
        foreach (var path in paths)
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        }
        await Assertions.Expect(page.Locator("body")).Not.ToBeEmptyAsync();
        await BrowserFixture.ShotAsync(page, "offsite-api-docs");
        await page.Context.CloseAsync();
        Assert.True(app.Offsite.Seen.Count == 0, "requests to other hosts:\n" + app.Offsite.Report());
    }

    [Fact]
    public async Task The_watch_catches_an_outside_image()
    {
        var own = new OffsiteRequests();
        var context = await tour.Browser.Browser.NewContextAsync(new() { BaseURL = tour.Browser.BaseUrl });
        await own.WatchAsync(context, tour.Browser.BaseUrl);
        // A blank page: Ballast's own pages would block the image by their content security policy before it left.
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<p>check</p><img src=\"https://fonts.example.com/logo.png\" alt=\"\">",
            new() { WaitUntil = WaitUntilState.NetworkIdle });
        await context.CloseAsync();
        Assert.Contains(own.Seen, url => url.StartsWith("https://fonts.example.com/", StringComparison.Ordinal));
    }
}
