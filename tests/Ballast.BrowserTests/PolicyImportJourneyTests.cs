using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Ballast.BrowserTests;

/// <summary>An officer imports the district's policy list: reads every row's fate, commits the good rows, and
/// finds an imported policy in the compendium by a two-character word, highlighted.</summary>
[Collection(BrowserGroup.Name)]
public sealed class PolicyImportJourneyTests(BrowserFixture fx)
{
    private const string FileName = "2023年产业政策清单.xlsx";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A title row, headers as the office writes them, one row with a level nobody uses.</summary>
    private static byte[] Sheet()
    {
        object?[][] rows =
        [
            ["2023年青岛市产业扶持政策清单", null, null, null, null, null],
            ["政策标题", "发文字号", "发文机关", "级别", "施行日期", "主要内容"],
            ["青岛市引育高层次人才（旅程）若干措施", "青人社发[2023]12号", "青岛市人力资源和社会保障局", "市级", "2023年3月1日", "对引进的顶尖人才给予安家补贴。"],
            ["青岛市支持首台套装备（旅程）推广应用办法", "青工信发〔2023〕7号", "青岛市工业和信息化局", "市级", "2023.4.15", "首台（套）装备按售价给予奖励。"],
            ["（旅程）省级政策转发通知", "鲁政发〔2023〕3号", "山东省人民政府", "省级", "2023-02-01", "转发省级文件。"],
        ];
        var values = rows.Select(r => Enumerable.Range(0, r.Length).ToDictionary(i => ((char)('A' + i)).ToString(), i => r[i])).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, values, printHeader: false);
        return stream.ToArray();
    }

    [Fact]
    public async Task An_officer_previews_commits_and_finds_an_imported_policy_by_a_two_character_word()
    {
        var password = await fx.App.CreateUserAsync("policy-import-officer", "dept-drc", Roles.ProgrammeOffice);
        var page = await fx.NewPageAsync();
        await Journey.SignInAsync(page, "policy-import-officer", password);

        await page.GotoAsync("/Policies");
        await page.Locator("a[href='/Policies/Import']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "政策导入" })).ToBeVisibleAsync();
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(new FilePayload { Name = FileName, MimeType = Xlsx, Buffer = Sheet() });
        await page.GetByTestId("preview-button").ClickAsync();

        var preview = page.GetByTestId("preview");
        await Assertions.Expect(preview).ToContainTextAsync(FileName);
        await Assertions.Expect(page.GetByTestId("new")).ToHaveTextAsync("新增 2 条");
        await Assertions.Expect(page.GetByTestId("rejected")).ToHaveTextAsync("有问题 1 行");
        var rows = page.GetByTestId("preview-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("新增");
        await Assertions.Expect(rows.Nth(2).Locator("td").First).ToHaveTextAsync("5");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("「政策层级」取值无法识别：省级");
        await BrowserFixture.ShotAsync(page, "policy-import-01-preview");

        await page.GetByTestId("commit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("导入完成：新增 2 条，更新 0 条；1 行未导入。");
        await BrowserFixture.ShotAsync(page, "policy-import-02-committed");
        var number = await fx.App.WithDbAsync(db => db.Policies.Where(p => p.Title.StartsWith("青岛市引育高层次人才（旅程）"))
            .Select(p => p.DocumentNumber).SingleAsync());
        Assert.Equal("青人社发〔2023〕12号", number);

        await page.GotoAsync("/Policies?Q=" + Uri.EscapeDataString("人才"));
        var hit = page.GetByTestId("policies-table").Locator("tr", new() { HasText = "青岛市引育高层次人才（旅程）若干措施" });
        await Assertions.Expect(hit.GetByTestId("policy-link").Locator("mark")).ToHaveTextAsync("人才");
        await Assertions.Expect(page.GetByTestId("policies-table")).Not.ToContainTextAsync("首台套装备（旅程）");
        await BrowserFixture.ShotAsync(page, "policy-import-03-search");
    }
}
