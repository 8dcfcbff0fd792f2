using System.Text.RegularExpressions;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>A chain chief who works in the chain's task force signs in, finds their chain first, opens its map and a
/// missing node, puts one of the node's target firms on the "to attract" list and turns it into a project.</summary>
[Collection(DemoBrowserGroup.Name)]
public sealed partial class ChainJourneyTests(DemoBrowserFixture fx)
{
    [Fact]
    public async Task A_chain_chief_turns_a_missing_node_into_a_target_and_the_target_into_a_project()
    {
        var password = await fx.App.CreateUserAsync("chain-journey", "dept-miit", Roles.DepartmentStaff);
        await fx.App.WithDbAsync(async db =>
        {
            await DemoChains.SeedAsync(db);
            var uid = await db.Users.Where(u => u.UserName == "chain-journey").Select(u => u.Id).SingleAsync();
            var chief = await db.ChainLeaders.Where(l => l.IsChief && l.Leader!.UserId == null && db.Chains.Any(c => c.Id == l.ChainId && c.Name == "新型显示"))
                .Select(l => l.Leader!).SingleAsync();
            chief.UserId = uid;
            await db.SaveChangesAsync();
        });
        var page = await fx.SignedInAsync("chain-journey", password);

        await page.GotoAsync("/Chains?Year=2023");
        var mine = page.GetByTestId("my-chains");
        await Assertions.Expect(mine.GetByRole(AriaRole.Link, new() { Name = "新型显示", Exact = true })).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "chains-01-my-chains");

        await mine.GetByRole(AriaRole.Link, new() { Name = "新型显示", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Chains/Details\\?id=\\d+"));
        await Assertions.Expect(page.Locator("#chain-map svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("node-row")).ToHaveCountAsync(21);
        await Assertions.Expect(page.GetByTestId("chief")).Not.ToHaveTextAsync("—");
        await BrowserFixture.ShotAsync(page, "chains-02-map");

        // A missing node: its panel shows no firm and the firms worth attracting.
        var row = page.Locator("[data-testid=node-row][data-name=偏光片]");
        await Assertions.Expect(row).ToContainTextAsync("缺");
        await row.GetByRole(AriaRole.Link, new() { Name = "偏光片", Exact = true }).ClickAsync();
        var panel = page.Locator("[data-testid=node-panel][data-name=偏光片]");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(panel.GetByTestId("target-firms")).ToContainTextAsync("日东电工");
        await BrowserFixture.ShotAsync(page, "chains-03-missing-node");

        await panel.GetByRole(AriaRole.Button, new() { Name = "列入招引清单 日东电工" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("message")).ToContainTextAsync("日东电工");
        var after = page.Locator("[data-testid=node-panel][data-name=偏光片]");
        await Assertions.Expect(after).ToContainTextAsync("已列入招引清单");
        await BrowserFixture.ShotAsync(page, "chains-04-target-added");

        await page.GetByTestId("message").GetByRole(AriaRole.Link).ClickAsync();
        var target = page.Locator("[data-testid=row][data-name=日东电工]");
        await Assertions.Expect(target).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "chains-05-list-to-attract");
        await target.GetByRole(AriaRole.Button, new() { Name = "转为项目 日东电工" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Projects/"));
        await BrowserFixture.ShotAsync(page, "chains-06-project");

        var (chainId, nodeId, projectId) = await fx.App.WithDbAsync(db => db.AttractionTargets.Where(t => t.Name == "日东电工")
            .Select(t => new Tuple<int?, int?, int?>(t.ChainId, t.ChainNodeId, t.ProjectId)).SingleAsync());
        Assert.NotNull(nodeId);
        Assert.NotNull(projectId);
        await page.GotoAsync($"/Chains/Details?id={chainId}&Year=2023#node-{nodeId}");
        await Assertions.Expect(page.Locator("[data-testid=node-panel][data-name=偏光片]").GetByRole(AriaRole.Link, new() { Name = "已转为项目" }))
            .ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "chains-07-node-with-project");

        await page.GotoAsync("/Dashboard?Year=2023");
        await Assertions.Expect(page.Locator("#chain-board svg")).ToBeVisibleAsync();
        await page.GetByTestId("chain-board").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(page, "chains-08-dashboard");
    }
}
