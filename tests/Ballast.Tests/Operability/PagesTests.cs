using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Operability;

public sealed class PagesTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Home_page_shows_the_plan_in_unescaped_Chinese_and_switches_to_English()
    {
        var password = await factory.CreateUserAsync("pages-office", "dept-drc", Roles.ProgrammeOffice);
        var client = await Browser.SignedInAsync(factory, "pages-office", password);

        var zh = await client.GetStringAsync("/");
        Assert.Contains("青岛市实体经济振兴发展2023年工作要点", zh, StringComparison.Ordinal);
        Assert.Contains("≥ 500 个", zh, StringComparison.Ordinal);
        Assert.Contains("≥ 1,700 亿元", zh, StringComparison.Ordinal);
        Assert.Contains("15 个（2023-06-30 前）", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", zh, StringComparison.Ordinal);

        var sw = await client.GetAsync("/culture?c=en&returnUrl=/");
        Assert.Equal(HttpStatusCode.Redirect, sw.StatusCode);
        var en = await client.GetStringAsync("/");
        Assert.Contains("Key Work for 2023", en, StringComparison.Ordinal);
        Assert.Contains("Sign out", en, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_refuses_to_redirect_off_site()
    {
        var client = Browser.NewClient(factory);
        var response = await client.GetAsync("/culture?c=en&returnUrl=//evil.example/");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
