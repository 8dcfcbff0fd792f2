using Ballast.Web.Features.Organisation;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class SignInJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task Office_signs_in_reads_the_plan_in_Chinese_switches_to_English_and_signs_out()
    {
        var password = await fx.App.CreateUserAsync("journey-office", "dept-drc", Roles.ProgrammeOffice);
        var page = await fx.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Auth/Login"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "01-login-zh");

        // A wrong password first, as people do.
        await page.GetByLabel("用户名").FillAsync("journey-office");
        await page.GetByLabel("密码").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");

        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-title")).ToHaveTextAsync("青岛市实体经济振兴发展2023年工作要点");
        await Assertions.Expect(page.GetByTestId("battle-projects")).ToContainTextAsync("≥ 1,700 亿元");
        await Assertions.Expect(page.GetByTestId("battle-parks")).ToContainTextAsync("15 个（2023-06-30 前）");
        await BrowserFixture.ShotAsync(page, "02-home-zh");

        await page.GetByTestId("lang-switch").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-title")).ToContainTextAsync("Key Work for 2023");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "03-home-en");

        await page.GetByTestId("sign-out").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Auth/Login"));
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Auth/Login"));
        await BrowserFixture.ShotAsync(page, "04-signed-out");
    }

    [Fact]
    public async Task A_leader_reads_the_home_page_on_a_phone()
    {
        var password = await fx.App.CreateUserAsync("journey-leader", "370200", Roles.CityLeader);
        var page = await fx.NewPageAsync(375, 812);
        await page.GotoAsync("/Auth/Login");
        await page.GetByLabel("用户名").FillAsync("journey-leader");
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("plan-title")).ToBeVisibleAsync();

        // Nothing wider than the phone: no sideways scrolling.
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"page is {scrollWidth}px wide on a 375px phone");
        await BrowserFixture.ShotAsync(page, "05-home-phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "菜单" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "项目", Exact = true })).ToBeVisibleAsync();
        // Let the menu finish sliding in before the picture.
        await page.Locator("#sidebar.show").WaitForAsync();
        await page.WaitForTimeoutAsync(400);
        await BrowserFixture.ShotAsync(page, "06-menu-phone");
    }
}
