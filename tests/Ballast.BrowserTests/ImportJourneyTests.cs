using System.IO.Compression;
using System.Text;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Ballast.BrowserTests;

/// <summary>The office uploads the sheet it already keeps: sees every row's fate with the reasons,
/// downloads the problem list, commits the good rows, and cannot import the same file twice.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ImportJourneyTests(BrowserFixture fx)
{
    private const string FileName = "2023年重点项目推进情况表（市投资促进局）.xlsx";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A title, a unit note in the corner, a two-row header with 计划投资 merged over 总投资
    /// and 年度计划, full-width digits, a real Excel date and Chinese ones, a misspelt district,
    /// a row without a name, and the 合计 row at the bottom.</summary>
    private static byte[] OfficeSheet() => Build(
    [
        ["2023年全市重点招商项目推进情况汇总表", null, null, null, null, null, null, null, null],
        ["填报单位：市投资促进局（盖章）", null, null, null, null, null, null, "单位：亿元", null],
        ["序号", "项目名称", "区（市）", "投资主体", "所属产业链", "计划投资", null, "项目状态", "签约时间"],
        [null, null, null, null, null, "总投资", "年度计划", null, null],
        ["1", "（旅程）蓝谷海洋生物医药产业园", "崂山区", "青岛旅程海洋生物科技有限公司", "生物医药及医疗器械", "２０", "4.5", "在建", "2023年3月8日"],
        ["2", "（旅程）胶州湾新能源汽车零部件基地", "胶州", "青岛旅程汽车部件有限公司", "新能源汽车产业链", "15", "3", "签约", new DateTime(2023, 6, 30)],
        ["3", "（旅程）智慧冷链物流园", "李仓区", "青岛旅程冷链物流有限公司", null, "8", "2", "签约", "2023.5.20"],
        ["4", null, "即墨区", "青岛旅程食品有限公司", null, "6", "1", "在谈", null],
        ["合计", null, null, null, null, "49", "10.5", null, null],
    ], ["F3:G3", "A1:I1"]);

    [Fact]
    public async Task The_office_imports_its_own_sheet_sees_the_reasons_downloads_them_commits_and_cannot_import_it_twice()
    {
        var password = await fx.App.CreateUserAsync("import-journey-office", "dept-drc", Roles.ProgrammeOffice);
        var page = await fx.NewPageAsync();
        await Journey.SignInAsync(page, "import-journey-office", password);
        var before = await fx.App.WithDbAsync(db => db.Projects.CountAsync());
        var sheet = OfficeSheet();

        await page.GotoAsync("/Projects/Import");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Excel 导入" })).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "import-01-upload");
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(new FilePayload { Name = FileName, MimeType = Xlsx, Buffer = sheet });
        await page.GetByTestId("preview-button").ClickAsync();

        // The preview: two good rows, two refused with reasons in Chinese, the totals skipped.
        var preview = page.GetByTestId("preview");
        await Assertions.Expect(preview).ToContainTextAsync(FileName);
        await Assertions.Expect(preview).ToContainTextAsync("可导入 2 行");
        await Assertions.Expect(preview).ToContainTextAsync("有问题 2 行");
        await Assertions.Expect(preview).ToContainTextAsync("已跳过 1 行（合计、说明等）");
        var rows = page.GetByTestId("preview-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("（旅程）蓝谷海洋生物医药产业园");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("新增");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("（旅程）胶州湾新能源汽车零部件基地");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("新增");
        await Assertions.Expect(rows.Nth(2).Locator("td").First).ToHaveTextAsync("7");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("不导入");
        await Assertions.Expect(rows.Nth(2)).ToContainTextAsync("「区市」未找到：李仓区");
        await Assertions.Expect(rows.Nth(3).Locator("td").First).ToHaveTextAsync("8");
        await Assertions.Expect(rows.Nth(3)).ToContainTextAsync("不导入");
        await Assertions.Expect(rows.Nth(3)).ToContainTextAsync("项目名称");
        await Assertions.Expect(page.GetByTestId("commit")).ToHaveTextAsync("导入 2 行可导入的数据");
        await Assertions.Expect(page.GetByTestId("commit")).ToBeEnabledAsync();
        Assert.Equal(before, await fx.App.WithDbAsync(db => db.Projects.CountAsync()));
        await BrowserFixture.ShotAsync(page, "import-02-preview");

        // The problem list downloads as a workbook with the row numbers and the reasons.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("error-report").ClickAsync());
        Assert.Equal("import-errors.xlsx", download.SuggestedFilename);
        var saved = Path.Combine(fx.App.DataFolder, "downloaded-" + download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var problems = MiniExcel.Query(saved, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal([7d, 8d], problems.Select(p => Convert.ToDouble(p["行号"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("「区市」未找到：李仓区", problems[0]["问题"]?.ToString(), StringComparison.Ordinal);
        Assert.Contains("项目名称", problems[1]["问题"]?.ToString(), StringComparison.Ordinal);

        // Commit: the good rows are written, the bad ones are not.
        await page.GetByTestId("commit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("导入完成：新增 2 个，更新 0 个；2 行未导入。");
        await BrowserFixture.ShotAsync(page, "import-03-committed");
        var imported = (await fx.App.WithDbAsync(db => db.Projects.Include(p => p.OwnerUnit).Where(p => p.Name.StartsWith("（旅程）")).ToListAsync()))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(["（旅程）胶州湾新能源汽车零部件基地", "（旅程）蓝谷海洋生物医药产业园"], imported.Select(p => p.Name));
        Assert.Equal(["370281", "370212"], imported.Select(p => p.OwnerUnit!.Code));
        Assert.Equal([150_000m, 200_000m], imported.Select(p => p.TotalInvestment));
        Assert.Equal(new DateOnly(2023, 6, 30), imported[0].SignedOn);
        Assert.Equal(new DateOnly(2023, 3, 8), imported[1].SignedOn);
        Assert.Equal(before + 2, await fx.App.WithDbAsync(db => db.Projects.CountAsync()));
        var plans = await fx.App.WithDbAsync(db => db.KeyProjects.Where(k => k.Project!.Name.StartsWith("（旅程）") && k.Year == 2023)
            .OrderBy(k => k.PlannedInvestment).Select(k => k.PlannedInvestment).ToListAsync());
        Assert.Equal([30_000m, 45_000m], plans);

        // The same file again: recognised, nothing to commit, nothing written.
        await page.GetByRole(AriaRole.Link, new() { Name = "继续导入" }).ClickAsync();
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(new FilePayload { Name = FileName, MimeType = Xlsx, Buffer = sheet });
        await page.GetByTestId("preview-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview")).ToContainTextAsync("该文件已于");
        await Assertions.Expect(page.GetByTestId("preview")).ToContainTextAsync("导入，再次导入不会重复写入。");
        await Assertions.Expect(page.GetByTestId("commit")).ToBeDisabledAsync();
        await BrowserFixture.ShotAsync(page, "import-04-same-file-again");
        Assert.Equal(before + 2, await fx.App.WithDbAsync(db => db.Projects.CountAsync()));
    }

    /// <summary>An .xlsx as MiniExcel writes it, with merged ranges added as Excel writes them.</summary>
    private static byte[] Build(IReadOnlyList<object?[]> rows, IReadOnlyList<string> merges)
    {
        var width = rows.Max(r => r.Length);
        var values = rows.Select(r => Enumerable.Range(0, width).ToDictionary(i => ((char)('A' + i)).ToString(), i => i < r.Length ? r[i] : null)).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, values, printHeader: false);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }
            var cells = string.Concat(merges.Select(m => $"<x:mergeCell ref=\"{m}\"/>"));
            xml = xml.Replace("</x:sheetData>", $"</x:sheetData><x:mergeCells count=\"{merges.Count}\">{cells}</x:mergeCells>", StringComparison.Ordinal);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return stream.ToArray();
    }
}
