using System.Globalization;
using System.Text.RegularExpressions;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.Playwright;
using Ballast.Web.Common.Tracking;

namespace Ballast.BrowserTests;

/// <summary>A city leader reads the dashboard, follows a lagging district to its projects with
/// that status, opens one, and reads the dashboard on a phone.</summary>
[Collection(DemoBrowserGroup.Name)]
public sealed partial class DashboardJourneyTests(DemoBrowserFixture fx)
{
    [Fact]
    public async Task A_leader_reads_the_headline_follows_a_lagging_district_to_its_projects_and_opens_one()
    {
        var password = await fx.App.CreateUserAsync("dash-leader", "370200", Roles.CityLeader);
        var page = await fx.SignedInAsync("dash-leader", password);
        await page.GotoAsync("/Dashboard");

        await Assertions.Expect(page.GetByTestId("headline-key-projects").Locator(".stat-value")).ToHaveTextAsync(Value("363", "个"));
        await Assertions.Expect(page.GetByTestId("headline-key-projects-total").Locator(".stat-value")).ToHaveTextAsync(Value("9,300.00", "亿元"));
        await Assertions.Expect(page.GetByTestId("time-progress")).ToHaveTextAsync("75.00%");
        await Assertions.Expect(page.Locator("#curve svg, #curve canvas").First).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "dashboard-01-leader");

        // A district that lags: its row found by the status word, red first.
        var districtRows = page.GetByTestId("table-by-district").Locator("tbody tr");
        var (word, status) = ("严重滞后", Status.Red);
        if (await districtRows.Filter(new() { Has = StatusLink(page, word) }).CountAsync() == 0)
        {
            (word, status) = ("滞后", Status.Yellow);
        }
        var row = districtRows.Filter(new() { Has = StatusLink(page, word) }).First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        var districtName = (await row.Locator("td").First.InnerTextAsync()).Trim();
        var href = await row.GetByTestId("status-link").GetAttributeAsync("href");
        var districtId = int.Parse(DistrictParameter().Match(href!).Groups[1].Value, CultureInfo.InvariantCulture);

        await row.GetByTestId("status-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/Projects\\?.*District={districtId}.*&Status={status}"));
        await Assertions.Expect(page.GetByLabel("区市")).ToHaveValueAsync(districtId.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByLabel("进度状态")).ToHaveValueAsync(status.ToString());

        // Exactly the district's key projects with that status, as the figures count them.
        var expected = await fx.App.WithDbAsync(async db =>
        {
            var figures = new KeyProjectFigures(db);
            var rows = await figures.ProjectsAsync(2023, 9, figures.Construction(2023).Where(k => k.OwnerUnitId == districtId), take: 10_000);
            return rows.Where(r => r.Progress.Status == status).Select(r => r.Name).ToList();
        });
        Assert.NotEmpty(expected);
        await Assertions.Expect(page.GetByTestId("result-count")).ToContainTextAsync($"共 {expected.Count:N0} 个项目");
        var listRows = page.GetByTestId("projects-table").Locator("tbody tr");
        await Assertions.Expect(listRows).ToHaveCountAsync(Math.Min(expected.Count, ProjectQuery.PageSize));
        var statuses = await listRows.Locator("td:last-child").AllInnerTextsAsync();
        Assert.All(statuses, s => Assert.Equal(word, s.Trim()));
        var units = await listRows.Locator("td:nth-child(2)").AllInnerTextsAsync();
        Assert.All(units, u => Assert.Equal(districtName, u.Trim()));
        var names = await listRows.Locator("td:first-child a").AllInnerTextsAsync();
        Assert.All(names, n => Assert.Contains(n.Trim(), expected));
        await BrowserFixture.ShotAsync(page, "dashboard-02-district-lagging-projects");

        // One of them: its timeline and its monthly chart.
        var projectName = names[0].Trim();
        await listRows.First.Locator("td:first-child a").ClickAsync();
        await Assertions.Expect(page.GetByTestId("project-name")).ToHaveTextAsync(projectName);
        var timeline = page.GetByTestId("timeline").Locator("li");
        await Assertions.Expect(timeline).ToHaveCountAsync(3);
        await Assertions.Expect(timeline.Nth(0)).ToContainTextAsync("签约");
        await Assertions.Expect(timeline.Nth(1)).ToContainTextAsync("注册落地");
        await Assertions.Expect(timeline.Nth(2)).ToContainTextAsync("开工");
        await Assertions.Expect(page.Locator("#months svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#months svg path").First).ToBeAttachedAsync();
        var monthHeaders = page.Locator(".card", new() { Has = page.Locator("#months") }).Locator("thead th");
        await Assertions.Expect(monthHeaders).ToHaveTextAsync(["1-2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月"]);
        await Assertions.Expect(page.Locator(".card-header", new() { HasText = "年度投资完成" })).ToContainTextAsync(word);
        await BrowserFixture.ShotAsync(page, "dashboard-03-project");
    }

    [Fact]
    public async Task The_dashboard_fits_a_phone()
    {
        var password = await fx.App.CreateUserAsync("dash-leader-phone", "370200", Roles.CityLeader);
        var page = await fx.SignedInAsync("dash-leader-phone", password, 375, 812);
        await page.GotoAsync("/Dashboard");
        await Assertions.Expect(page.GetByTestId("headline-key-projects").Locator(".stat-value")).ToHaveTextAsync(Value("363", "个"));
        await Assertions.Expect(page.Locator("#curve svg, #curve canvas").First).ToBeVisibleAsync();

        Assert.Equal(0, await Journey.SidewaysOverflowAsync(page));
        await BrowserFixture.ShotAsync(page, "dashboard-04-phone");
    }

    private static ILocator StatusLink(IPage page, string word) =>
        page.GetByTestId("status-link").Filter(new() { HasTextRegex = new Regex($"^\\s*{word}\\s*$") });

    private static Regex Value(string number, string unit) => new($"^\\s*{Regex.Escape(number)}\\s*{unit}\\s*$");

    [GeneratedRegex(@"[?&]District=(\d+)")]
    private static partial Regex DistrictParameter();
}
