using System.Globalization;
using Ballast.Web.Features.Organisation;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>The office opens the Tokyo trip of the demo, adds a lead as a new project, opens the project and records its
/// signing, returns to the trip and finds it in the results (count and investment), then reads the year's results.</summary>
[Collection(PromotionBrowserGroup.Name)]
public sealed class CampaignJourneyTests(PromotionBrowserFixture fx)
{
    private static decimal Number(string text) => decimal.Parse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_lead_from_a_campaign_becomes_a_signed_project_and_shows_in_its_results()
    {
        var password = await fx.App.CreateUserAsync("campaign-office", "dept-drc", Roles.ProgrammeOffice);
        var page = await fx.SignedInAsync("campaign-office", password);
        await page.GotoAsync("/Promotion/Campaigns?Year=2023");
        await Assertions.Expect(page.GetByTestId("campaigns-table")).ToContainTextAsync("日本·东京");
        await BrowserFixture.ShotAsync(page, "campaigns-01-list");

        await page.GetByRole(AriaRole.Link, new() { Name = "“青赴全球”日本·东京经贸洽谈" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("campaign-facts")).ToContainTextAsync("2023-03-13");
        var signedBefore = Number(await page.GetByTestId("fig-signed").InnerTextAsync());
        var investmentBefore = Number(await page.GetByTestId("fig-investment").InnerTextAsync());
        var campaignUrl = new Uri(page.Url).AbsolutePath;

        var form = page.GetByTestId("lead-form");
        await form.GetByLabel("项目名称").FillAsync("旅程测试 东京精密传感器项目");
        await form.GetByLabel("预计总投资（万元）").FillAsync("120000");
        await form.GetByLabel("投资方").FillAsync("旅程测试 东京精密株式会社");
        await form.GetByLabel("国别（地区）").FillAsync("日本");
        await form.GetByLabel("线索获取日期").FillAsync("2023-03-16");
        await form.GetByLabel("责任单位（区市）").SelectOptionAsync(new SelectOptionValue { Label = "西海岸新区" });
        await BrowserFixture.ShotAsync(page, "campaigns-02-add-lead");
        await form.GetByRole(AriaRole.Button, new() { Name = "添加线索" }).ClickAsync();
        var lead = page.GetByTestId("lead").Filter(new() { HasText = "旅程测试 东京精密传感器项目" });
        await Assertions.Expect(lead).ToContainTextAsync("线索");

        // The project moves on the ordinary project page.
        await lead.GetByRole(AriaRole.Link, new() { Name = "旅程测试 东京精密传感器项目" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("线索");
        await page.Locator("#moveTo").SelectOptionAsync("Signed");
        await page.Locator("#moveOn").FillAsync("2023-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "记录阶段变更" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stage")).ToHaveTextAsync("签约");
        await BrowserFixture.ShotAsync(page, "campaigns-03-project-signed");

        await page.GotoAsync(campaignUrl);
        await Assertions.Expect(page.GetByTestId("fig-signed")).ToHaveTextAsync((signedBefore + 1).ToString("N0", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("fig-investment")).ToHaveTextAsync((investmentBefore + 12.00m).ToString("#,##0.00", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("lead").Filter(new() { HasText = "旅程测试 东京精密传感器项目" })).ToContainTextAsync("2023-06-30");
        await BrowserFixture.ShotAsync(page, "campaigns-04-campaign-results");

        await page.GotoAsync("/Promotion/Campaigns/Results?Year=2023");
        await Assertions.Expect(page.Locator("#campaign-countries svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("total")).ToContainTextAsync("合计");
        await Assertions.Expect(page.GetByTestId("leads-table")).ToContainTextAsync("旅程测试 东京精密传感器项目");
        await BrowserFixture.ShotAsync(page, "campaigns-05-year-results");
    }
}
