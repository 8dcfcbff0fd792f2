using System.Globalization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>The office runs the year's per-mu evaluation for a district, a colleague reviews it, the office publishes
/// it, opens a firm graded D and follows it to its project's whole thread, from lead to per-mu grade.</summary>
[Collection(ParksBrowserGroup.Name)]
public sealed class ParksJourneyTests(ParksBrowserFixture fx)
{
    [Fact]
    public async Task The_office_publishes_the_evaluation_and_follows_a_D_firm_to_its_projects_thread()
    {
        var (district, schemeId) = await fx.App.WithDbAsync(async db =>
        {
            var run = await db.PerMuRuns.IgnoreQueryFilters().Where(r => r.Year == 2023 && r.State == RunState.Published).FirstAsync();
            return (run.PopulationUnitId, run.SchemeId);
        });
        var office = await fx.App.CreateUserAsync("parks-office", "dept-drc", Roles.ProgrammeOffice);
        var colleague = await fx.App.CreateUserAsync("parks-reviewer", "dept-drc", Roles.ProgrammeOffice);
        var page = await fx.SignedInAsync("parks-office", office);

        await page.GotoAsync("/Parks/PerMu");
        var form = page.GetByTestId("run-form");
        await form.GetByLabel("评价方案").SelectOptionAsync(schemeId.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("评价范围").SelectOptionAsync(nameof(PopulationKind.District));
        await form.GetByLabel("区市或园区").SelectOptionAsync(district.ToString(CultureInfo.InvariantCulture));
        await BrowserFixture.ShotAsync(page, "parks-01-run-form");
        await form.GetByRole(AriaRole.Button, new() { Name = "运行评价" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Parks/PerMu/Run/\\d+"));
        var runUrl = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.GetByTestId("run-state")).ToContainTextAsync("草稿");
        // The one who ran it may not review it.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "复核通过" })).ToBeDisabledAsync();

        var review = await fx.SignedInAsync("parks-reviewer", colleague);
        await review.GotoAsync(runUrl);
        await review.GetByRole(AriaRole.Button, new() { Name = "复核通过" }).ClickAsync();
        await Assertions.Expect(review.GetByTestId("run-state")).ToContainTextAsync("已复核");

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-state")).ToContainTextAsync("已发布");
        await Assertions.Expect(page.Locator("#permu-grades svg, #permu-grades canvas").First).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "parks-02-run-published");

        // A firm graded D that invests in a project: its row in the ranking leads to its results.
        var runId = int.Parse(runUrl.Split('/')[^1], CultureInfo.InvariantCulture);
        var firm = await fx.App.WithDbAsync(db => db.PerMuResults.Where(r => r.RunId == runId && r.Grade == PerMuGrade.D
                && db.Projects.Any(p => p.InvestorEnterpriseId == r.EnterpriseId && p.MergedIntoId == null))
            .Select(r => new { r.EnterpriseId, r.Enterprise!.Name }).FirstAsync());
        var row = page.GetByTestId("ranked").Locator("tbody tr").Filter(new() { HasText = firm.Name });
        await Assertions.Expect(row.Locator("td").Nth(4)).ToHaveTextAsync("D");
        await row.GetByRole(AriaRole.Link, new() { Name = firm.Name }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("grades-by-year")).ToContainTextAsync("2023");
        await Assertions.Expect(page.GetByTestId("explanation").First).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "parks-03-firm-grades");

        await page.GetByTestId("firm-projects").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("thread-title")).ToContainTextAsync("从线索到亩均评价");
        var thread = page.GetByTestId("thread");
        await Assertions.Expect(thread).ToContainTextAsync(firm.Name);
        await Assertions.Expect(thread).ToContainTextAsync("D");
        await BrowserFixture.ShotAsync(page, "parks-04-thread");
    }
}

/// <summary>Ballast with the whole demo (parks, per-mu runs, land) seeded once, on its own port and browser.</summary>
public sealed class ParksBrowserFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public Ballast.Tests.Infrastructure.BallastFactory App => _browser.App;

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        using var scope = App.Services.CreateScope();
        await DemoSeeder.SeedAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IConfiguration>(), App.DataFolder);
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
public sealed class ParksBrowserGroup : ICollectionFixture<ParksBrowserFixture>
{
    public const string Name = "browser-parks";
}
