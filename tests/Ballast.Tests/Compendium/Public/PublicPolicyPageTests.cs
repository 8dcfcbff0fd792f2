using System.Net;
using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>The public policy page, its files, its index and its language switch, all without a session.</summary>
public sealed class PublicPolicyPageTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    private PublicArrange.Arranged _a = null!;

    public async Task InitializeAsync() => _a = await factory.WithDbAsync(PublicArrange.SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> Spellings => new() { "QD7K2M", "qd7k2m", "Qd7K2m", "qD7k2M" };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task A_published_policy_answers_at_its_code_in_any_case_without_a_session(string code)
    {
        var response = await Browser.NewClient(factory).GetAsync("/p/" + code);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("青岛市支持先进制造业高质量发展若干政策", html, StringComparison.Ordinal);
        Assert.Contains("青政发〔2023〕6号", html, StringComparison.Ordinal);
        Assert.Contains("市工业和信息化局", html, StringComparison.Ordinal);
        Assert.Contains("0532-85911234", html, StringComparison.Ordinal);
        Assert.Contains($"/p/QD7K2M/files/{_a.PublicFileId}", html, StringComparison.Ordinal);
        // Each line of the full text is its own paragraph, and markup in it is text, never markup.
        Assert.Contains("<p class=\"public-para\">第二条 补助比例不超过10%。</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        // No office menu and no sign-in or sign-out on a public page.
        Assert.DoesNotContain("/Auth/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sidebar", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HID999")]
    [InlineData("hid999")]
    [InlineData("ZZZZZZ")]
    [InlineData("QD7K2")]
    [InlineData("QD7K2M0")]
    [InlineData("QD7K2M%20")]
    [InlineData("%E6%94%BF%E7%AD%96")]
    [InlineData("QD7K2M'--")]
    public async Task An_unpublished_or_unknown_code_answers_404_alike(string code)
    {
        var client = Browser.NewClient(factory);
        foreach (var url in new[] { $"/p/{code}", $"/p/{code}/qr.png", $"/p/{code}/qr.svg", $"/p/{code}/files/{_a.HiddenFileId}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(PublicArrange.Marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_public_file_downloads_as_an_attachment_and_no_other_file_does()
    {
        var client = Browser.NewClient(factory);
        var file = await client.GetAsync($"/p/qd7k2m/files/{_a.PublicFileId}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("%PDF-1.4 public guide", await file.Content.ReadAsStringAsync());
        foreach (var url in new[]
        {
            $"/p/QD7K2M/files/{_a.PrivateFileId}", $"/p/QD7K2M/files/{_a.HiddenFileId}", $"/p/HID999/files/{_a.HiddenFileId}",
            $"/p/{_a.DistrictCode}/files/{_a.PublicFileId}", "/p/QD7K2M/files/999999",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_replaced_policy_says_so_and_links_its_successor()
    {
        var html = await Browser.NewClient(factory).GetStringAsync("/p/old123");
        Assert.Contains("已被替代", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"successor\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/p/QD7K2M\"", html, StringComparison.Ordinal);
        var current = await Browser.NewClient(factory).GetStringAsync("/p/QD7K2M");
        Assert.DoesNotContain("data-testid=\"not-in-force\"", current, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_is_one_click_away_and_brings_the_reader_back_to_the_same_page()
    {
        var client = Browser.NewClient(factory);
        var zh = await client.GetStringAsync("/p/QD7K2M");
        Assert.Matches("href=\"/culture\\?c=en&(amp;)?returnUrl=(%2F|/)p(%2F|/)QD7K2M\"", zh);
        var switched = await client.GetAsync("/culture?c=en&returnUrl=%2Fp%2FQD7K2M");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/p/QD7K2M", switched.Headers.Location!.OriginalString);
        var en = await client.GetStringAsync("/p/QD7K2M");
        Assert.Contains("Document number", en, StringComparison.Ordinal);
        Assert.Contains("Enquiries", en, StringComparison.Ordinal);
        // The policy's own words stay as written.
        Assert.Contains("青岛市支持先进制造业高质量发展若干政策", en, StringComparison.Ordinal);
        await client.GetAsync("/culture?c=zh&returnUrl=%2Fp%2FQD7K2M");
        Assert.Contains("文号", await client.GetStringAsync("/p/QD7K2M"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", new[] { "QD7K2M", "XH3D5T", "OLD123" })]
    [InlineData("先进制造业", new[] { "QD7K2M" })]
    [InlineData("制造", new[] { "QD7K2M", "OLD123" })]
    [InlineData("精准招商", new[] { "XH3D5T" })]
    [InlineData("〔2023〕6号", new[] { "QD7K2M", "OLD123", "XH3D5T" })]
    [InlineData("设备投资补助", new[] { "QD7K2M", "XH3D5T", "OLD123" })]
    [InlineData("LEAKMARK", new string[0])]
    [InlineData("没有这样的政策", new string[0])]
    [InlineData("%", new string[0])]
    public async Task The_index_lists_published_policies_only_and_finds_them_by_title_number_and_summary(string q, string[] expected)
    {
        var html = await Browser.NewClient(factory).GetStringAsync("/p?q=" + Uri.EscapeDataString(q));
        var listed = System.Text.RegularExpressions.Regex.Matches(html, "href=\"/p/([A-Z0-9]{6})\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(expected.Order(), listed.Order());
        Assert.DoesNotContain("HID999", html, StringComparison.Ordinal);
        Assert.Contains("/p/projects", html, StringComparison.Ordinal);
    }
}
