using System.Globalization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>The industry bureau opens the registry, narrows it to one district's "little giants", opens a firm and
/// reads its designations and its figures year by year, a missing year shown as not reported.</summary>
[Collection(BrowserGroup.Name)]
public sealed class EnterpriseJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task The_industry_bureau_filters_the_registry_and_opens_a_firm()
    {
        using (var scope = fx.App.Services.CreateScope())
        {
            await DemoEnterprises.SeedAsync(scope.ServiceProvider);
        }
        var (district, expected) = await fx.App.WithDbAsync(async db =>
        {
            var unit = await db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync();
            return (unit, await db.Enterprises.CountAsync(e => e.OwnerUnitId == unit
                && db.Designations.Any(d => d.EnterpriseId == e.Id && d.KindCode == "little-giant" && d.Year == 2023)));
        });
        Assert.True(expected > 0);
        var password = await fx.App.CreateUserAsync("ent-journey", "dept-miit", Roles.DepartmentStaff);
        var page = await fx.NewPageAsync();
        await Journey.SignInAsync(page, "ent-journey", password, fx.App);

        await page.GotoAsync("/Enterprises");
        await Assertions.Expect(page.GetByTestId("enterprises-table")).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "enterprises-01-list");
        var filters = page.GetByTestId("filters");
        await filters.GetByLabel("区市", new() { Exact = true }).SelectOptionAsync(district.ToString(CultureInfo.InvariantCulture));
        await filters.GetByLabel("年度", new() { Exact = true }).FillAsync("2023");
        await filters.GetByLabel("认定（所选年度）").SelectOptionAsync("little-giant");
        await filters.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Kind=little-giant"));
        await Assertions.Expect(page.GetByTestId("result-count")).ToContainTextAsync($"共 {expected} 家企业");
        await BrowserFixture.ShotAsync(page, "enterprises-02-filtered");

        var first = page.GetByTestId("enterprises-table").Locator("tbody tr td a").First;
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await Assertions.Expect(page.GetByTestId("firm-name")).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByTestId("designations-table")).ToContainTextAsync("小巨人");
        await Assertions.Expect(page.GetByTestId("years-table")).ToContainTextAsync("2023");
        await BrowserFixture.ShotAsync(page, "enterprises-03-firm");
    }
}
