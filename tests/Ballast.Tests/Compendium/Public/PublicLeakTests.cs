using System.Globalization;
using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>The public pages show the fields listed here and nothing else: every private field of the policies and
/// projects behind them carries a marker, and no public answer (pages in both languages, QR targets, booklet, files)
/// contains one. Every public address answers without a cookie; an office address still sends the visitor to sign in.</summary>
public sealed class PublicLeakTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    /// <summary>What a policy may show the public.</summary>
    public static readonly string[] PolicyFields =
    [
        "Code", "Title", "DocumentNumber", "Issuer", "Level", "Kind", "EffectiveOn", "ExpiresOn", "Status", "Summary", "FullText", "ReplacedById",
        "Contacts", "Files", "Successor", "Id",
    ];

    /// <summary>What a published project may show: its public name and summary, stage, and the figures its flags release.</summary>
    public static readonly string[] ProjectFields = ["Id", "Name", "Summary", "Stage", "TotalInvestment", "PublishedOn", "Completion"];

    private PublicArrange.Arranged _a = null!;

    public async Task InitializeAsync() => _a = await factory.WithDbAsync(PublicArrange.SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private List<string> PublicUrls() =>
    [
        "/p", "/p?q=政策", "/p?q=补助", "/p/QD7K2M", "/p/qd7k2m", "/p/OLD123", "/p/XH3D5T", "/p/booklet", "/p/projects",
        $"/p/projects/{_a.Closed.ToString(CultureInfo.InvariantCulture)}", $"/p/projects/{_a.Open.ToString(CultureInfo.InvariantCulture)}",
        "/p/QD7K2M/qr.svg", "/p/XH3D5T/qr.svg", $"/p/QD7K2M/files/{_a.PublicFileId.ToString(CultureInfo.InvariantCulture)}",
    ];

    [Fact]
    public void The_public_views_carry_only_the_listed_fields()
    {
        Assert.Equal(PolicyFields.Order(), typeof(PublicPolicy).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
            | System.Reflection.BindingFlags.Instance).Where(p => p.Name != "EqualityContract").Select(p => p.Name).Order());
        Assert.Equal(ProjectFields.Order(), typeof(PublicProject).GetProperties().Select(p => p.Name).Order());
        Assert.Equal(["Code", "Title", "DocumentNumber", "Issuer", "Level", "Kind", "EffectiveOn", "ExpiresOn", "Status", "Summary"],
            typeof(PublicListing).GetProperties().Select(p => p.Name));
        Assert.Equal(["Unit", "Name", "Phone"], typeof(PublicContact).GetProperties().Select(p => p.Name));
        Assert.Equal(["Id", "FileName", "Size"], typeof(PublicFile).GetProperties().Select(p => p.Name));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task No_public_answer_holds_a_private_marker_and_every_one_answers_without_a_cookie(string language)
    {
        var client = Browser.NewClient(factory);
        await client.GetAsync($"/culture?c={language}&returnUrl=%2Fp");
        var leaks = new List<string>();
        foreach (var url in PublicUrls())
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            leaks.AddRange(PublicArrange.PrivateNumbers.Append(PublicArrange.Marker).Append("演示").Append("LEAKMARKUSCC")
                .Where(m => body.Contains(m, StringComparison.Ordinal)).Select(m => $"{url}: {m}"));
        }
        Assert.True(leaks.Count == 0, "private values on public pages:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public async Task The_QR_targets_are_public_addresses_that_answer_without_a_cookie()
    {
        Assert.True(QrDecoder.Available, "zbarimg is missing: apt-get install zbar-tools");
        foreach (var code in new[] { "QD7K2M", "OLD123", "XH3D5T" })
        {
            var target = await QrDecoder.DecodeAsync(await Browser.NewClient(factory).GetByteArrayAsync($"/p/{code}/qr.png"));
            Assert.DoesNotContain(PublicArrange.Marker, target, StringComparison.Ordinal);
            var page = await Browser.NewClient(factory).GetAsync(new Uri(target).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Theory]
    [InlineData("/Policies/Published")]
    [InlineData("/Projects")]
    public async Task An_office_page_still_sends_an_anonymous_visitor_to_sign_in(string url)
    {
        var response = await Browser.NewClient(factory).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Auth/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser.NewClient(factory).GetAsync("/api/published-projects")).StatusCode);
    }
}
