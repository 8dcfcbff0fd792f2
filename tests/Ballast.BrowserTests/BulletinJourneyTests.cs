using Ballast.Web.Features.Organisation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>The office reads September's bulletin with its charts, sees how it prints on A4, and
/// downloads it as a Word document that opens.</summary>
[Collection(DemoBrowserGroup.Name)]
public sealed class BulletinJourneyTests(DemoBrowserFixture fx)
{
    [Fact]
    public async Task The_office_reads_prints_and_downloads_the_September_bulletin()
    {
        var password = await fx.App.CreateUserAsync("bulletin-office", "dept-drc", Roles.ProgrammeOffice);
        var page = await fx.SignedInAsync("bulletin-office", password);
        await page.GotoAsync("/Programme/Bulletin?Year=2023&Month=9");

        await Assertions.Expect(page.GetByTestId("bulletin-title")).ToHaveTextAsync("青岛市实体经济振兴发展工作情况通报（2023年第8期 / 2023年9月）");
        await Assertions.Expect(page.GetByTestId("time-progress")).ToHaveTextAsync("75.00%");
        await Assertions.Expect(page.GetByTestId("headline-key-projects-total")).ToContainTextAsync("9,300.00");
        await Assertions.Expect(page.Locator("#bulletin-curve svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bulletin-districts svg")).ToBeVisibleAsync();
        var last = page.GetByTestId("district-ranking").Locator("tbody tr").Last;
        await Assertions.Expect(last).ToContainTextAsync("平度市");
        await Assertions.Expect(last.Locator("td").First).ToHaveTextAsync("未报");
        await BrowserFixture.ShotAsync(page, "bulletin-01-screen");

        // On paper: no menu or buttons, a header with the issuing unit, the period and the date.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetViewportSizeAsync(794, 1123);
        await Assertions.Expect(page.Locator("#sidebar")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("download-docx")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("print-header")).ToContainTextAsync("2023年9月");
        await Assertions.Expect(page.GetByTestId("print-header")).ToContainTextAsync("2023-10-08");
        await BrowserFixture.ShotAsync(page, "bulletin-02-print");
        await File.WriteAllBytesAsync(Path.Combine(BrowserFixture.ScreenshotFolder, "bulletin-02-print.pdf"),
            await page.PdfAsync(new() { Format = "A4", PrintBackground = true }));
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(1366, 900);

        // The Word document downloads and opens.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-docx").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using var doc = WordprocessingDocument.Open(await download.PathAsync(), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Contains("9,300.00", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }
}
