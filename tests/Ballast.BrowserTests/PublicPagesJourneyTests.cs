using System.Text.RegularExpressions;
using Ballast.Tests.Compendium.PublicPages;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>A phone with no session scans a policy's QR code, reads the policy, switches to English and back, downloads
/// its attachment, then follows the published key projects; the booklet prints to A4 with every published policy.</summary>
public sealed partial class PublicPagesJourneyTests(PublicPagesBrowserFixture fx) : IClassFixture<PublicPagesBrowserFixture>
{
    [Fact]
    public async Task A_phone_opens_a_policy_from_its_QR_code_and_follows_the_public_pages()
    {
        Assert.True(QrDecoder.Available, "zbarimg is missing: apt-get install zbar-tools");
        var page = await fx.PhoneAsync();
        var png = await page.APIRequest.GetAsync("/p/QD7K2M/qr.png");
        var url = await QrDecoder.DecodeAsync(await png.BodyAsync());
        // No public address configured here: the code carries the address the page was reached on.
        Assert.Equal(fx.BaseUrl + "/p/QD7K2M", url);

        await page.GotoAsync(url);
        await Assertions.Expect(page.GetByTestId("title")).ToHaveTextAsync("青岛市支持先进制造业高质量发展若干政策");
        await Assertions.Expect(page.GetByTestId("document-number")).ToContainTextAsync("青政发");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the page scrolls sideways on a phone");
        Assert.Equal(0, await page.Locator("a[href^='/Auth']").CountAsync());
        await BrowserFixture.ShotAsync(page, "public-01-policy-phone");

        await page.GetByTestId("lang-switch").ClickAsync();
        await Assertions.Expect(page.Locator("dt").First).ToHaveTextAsync("Document number");
        Assert.EndsWith("/p/QD7K2M", page.Url, StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, "public-02-policy-english");
        await page.GetByTestId("lang-switch").ClickAsync();
        await Assertions.Expect(page.Locator("dt").First).ToHaveTextAsync("文号");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("file").ClickAsync());
        Assert.Equal("申报指南.pdf", download.SuggestedFilename);

        await page.GotoAsync("/p/projects");
        await Assertions.Expect(page.GetByTestId("project")).ToHaveCountAsync(2);
        await BrowserFixture.ShotAsync(page, "public-03-projects-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "西海岸新能源汽车零部件产业园" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("percent")).ToHaveTextAsync("20.0%");
        await Assertions.Expect(page.GetByTestId("not-reported")).ToContainTextAsync("未报");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "the project page scrolls sideways");
        await BrowserFixture.ShotAsync(page, "public-04-project-phone");
    }

    [Fact]
    public async Task The_booklet_prints_to_A4_with_every_published_policy_in_force_and_no_other()
    {
        var page = await fx.PhoneAsync();
        await page.GotoAsync("/p/booklet");
        var listed = await page.GetByTestId("toc-entry").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.code)");
        // OLD123 is published but replaced: its page still answers a printed QR code, the booklet leaves it out.
        Assert.Equal(["QD7K2M", "XH3D5T"], listed.Order());
        Assert.Equal(2, await page.Locator(".booklet-qr svg").CountAsync());
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        var pages = PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf));
        // The cover and the contents are pages of their own; the policies follow.
        Assert.True(pages >= 3, $"the booklet printed {pages} pages");
        await page.SetViewportSizeAsync(794, 1123);
        await BrowserFixture.ShotAsync(page, "public-05-booklet");
    }

    [GeneratedRegex("/Type\\s*/Page[^s]")]
    private static partial Regex PdfPage();
}
