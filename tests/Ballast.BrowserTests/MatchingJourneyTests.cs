using System.Globalization;
using Ballast.Tests.Compendium;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Ballast.BrowserTests;

/// <summary>免申即享: the industry bureau opens a policy's qualifying firms, narrows them to one district, exports the list to
/// notify them, then looks one firm up by its code and reads the reason for each condition.</summary>
[Collection(BrowserGroup.Name)]
public sealed class MatchingJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task The_office_matches_a_policy_to_firms_exports_them_and_reads_one_firms_reasons()
    {
        const string tag = "旅";
        var policyId = await MatchingData.ArrangeAsync(fx.App, tag, 7800);
        using (var scope = fx.App.Services.CreateScope())
        {
            var save = scope.ServiceProvider.GetRequiredService<ConditionSave>();
            var db = scope.ServiceProvider.GetRequiredService<Ballast.Web.Data.AppDbContext>();
            var version = await db.Policies.Where(p => p.Id == policyId).Select(p => p.Version).SingleAsync();
            var result = await save.SaveAsync(policyId, new ConditionList { Version = version, Conditions = Conditions() });
            Assert.Empty(result.Errors);
        }
        var district = await fx.App.WithDbAsync(db => db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync());
        var password = await fx.App.CreateUserAsync("match-journey", "dept-miit", Roles.DepartmentStaff);
        var page = await fx.NewPageAsync();
        await Journey.SignInAsync(page, "match-journey", password, fx.App);

        await page.GotoAsync($"/Policies/{policyId}/Matches?Year=2023&Day=2023-06-30");
        // The browser tests share one database: this journey's firms are the ones named with its tag.
        var ours = page.GetByTestId("match-row").Filter(new() { HasText = tag });
        await Assertions.Expect(ours).ToHaveCountAsync(5);
        await Assertions.Expect(ours.Filter(new() { HasText = "可享受" })).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("matches-table")).ToContainTextAsync("2022年营业收入未报，需核实");
        await BrowserFixture.ShotAsync(page, "matching-01-policy-firms");

        var filters = page.GetByTestId("filters");
        await filters.GetByLabel("区市", new() { Exact = true }).SelectOptionAsync(district.ToString(CultureInfo.InvariantCulture));
        await filters.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("District="));
        await Assertions.Expect(ours).ToHaveCountAsync(3);
        await Assertions.Expect(ours.Filter(new() { HasText = "可享受" })).ToHaveCountAsync(2);
        await BrowserFixture.ShotAsync(page, "matching-02-one-district");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        // The downloaded file has no extension: read it from its stream.
        using var sheet = new MemoryStream();
        await using (var file = await download.CreateReadStreamAsync())
        {
            await file.CopyToAsync(sheet);
        }
        sheet.Position = 0;
        var rows = sheet.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        var (eligible, check) = MatchingData.Expected(tag, "370211");
        Assert.Equal(eligible.Concat(check).Order(), rows.Select(r => (string)r["企业名称"]).Where(n => n.EndsWith(tag, StringComparison.Ordinal)).Order());
        Assert.Equal(await page.GetByTestId("match-row").CountAsync(), rows.Count);

        var firm = MatchingData.Firms(tag, 7800)[0];
        await page.GotoAsync("/Policies/Matching?Year=2023&Day=2023-06-30");
        await page.GetByLabel("统一社会信用代码或企业名称").FillAsync(firm.Uscc);
        await page.GetByRole(AriaRole.Button, new() { Name = "匹配" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("firm")).ToContainTextAsync(firm.Name);
        var offer = page.GetByTestId("eligible").GetByTestId("offer").Filter(new() { HasText = $"支持专精特新企业发展若干措施{tag}" });
        await Assertions.Expect(offer).ToContainTextAsync("2022年营业收入 3,000 万元 ≥ 2,000 万元");
        await Assertions.Expect(offer.GetByTestId("reason")).ToHaveCountAsync(4);
        await BrowserFixture.ShotAsync(page, "matching-03-firm-reasons");
    }

    private static List<ConditionInput> Conditions() =>
    [
        new() { Kind = ConditionKind.Region, Operator = ConditionOperator.In, Values = ["370211", "370214"], Label = "注册在西海岸新区、城阳区" },
        new() { Kind = ConditionKind.Figure, Operator = ConditionOperator.AtLeast, Field = "Revenue", Threshold = 2000, YearOffset = -1 },
        new() { Kind = ConditionKind.Designation, Operator = ConditionOperator.In, Values = ["little-giant", "srdi-provincial"] },
        new() { Kind = ConditionKind.AboveScale, Operator = ConditionOperator.IsTrue },
    ];
}
