using System.Net;
using System.Xml.Linq;
using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>A policy's QR code, decoded as a phone decodes it, opens that policy's public page at the configured address.</summary>
public sealed class QrCodeTests(PublicSiteFactory site) : IClassFixture<PublicSiteFactory>, IAsyncLifetime
{
    public async Task InitializeAsync() => await site.WithDbAsync(PublicArrange.SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("QD7K2M")]
    [InlineData("qd7k2m")]
    [InlineData("XH3D5T")]
    [InlineData("old123")]
    public async Task The_PNG_decodes_to_the_configured_base_and_the_code_and_that_address_opens_the_policy(string asked)
    {
        Assert.True(QrDecoder.Available, "zbarimg is missing: apt-get install zbar-tools");
        var client = Browser.NewClient(site);
        var png = await client.GetAsync($"/p/{asked}/qr.png");
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age", png.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var url = await QrDecoder.DecodeAsync(await png.Content.ReadAsByteArrayAsync());
        // The code is always the stored spelling, whatever spelling was asked for.
        Assert.Equal($"{PublicSiteFactory.Base}/p/{asked.ToUpperInvariant()}", url);
        var page = await Browser.NewClient(site).GetAsync(new Uri(url).AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"data-code=\"{asked.ToUpperInvariant()}\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SVG_is_well_formed_and_the_booklet_draws_one_per_policy_in_force()
    {
        var client = Browser.NewClient(site);
        var svg = await client.GetAsync("/p/QD7K2M/qr.svg");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        var doc = XDocument.Parse(await svg.Content.ReadAsStringAsync());
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        // One path or many rectangles, the modules are drawn: far more than an empty frame's worth of markup.
        Assert.True(doc.Descendants().Sum(e => e.Attributes().Sum(a => a.Value.Length)) > 500, "the SVG draws nothing");
        var booklet = await client.GetStringAsync("/p/booklet");
        // The replaced OLD123 is published but no longer offered: two in force.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(booklet, "<svg"));
        Assert.Contains(PublicSiteFactory.Base + "/p/XH3D5T", booklet, StringComparison.Ordinal);
    }
}
