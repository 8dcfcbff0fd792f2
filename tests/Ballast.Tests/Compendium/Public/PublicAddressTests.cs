using Ballast.Web.Features.Compendium;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>The public base address: a usable one is kept (without a trailing slash), a broken one stops Ballast at
/// start with the reason, and none falls back to the address the request came in on.</summary>
public sealed class PublicAddressTests
{
    private static IConfiguration Config(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection([new(PublicAddress.Key, value)]).Build();

    [Theory]
    [InlineData("https://zc.qingdao.gov.cn", "https://zc.qingdao.gov.cn")]
    [InlineData("https://zc.qingdao.gov.cn/", "https://zc.qingdao.gov.cn")]
    [InlineData(" http://10.1.2.3:8080/zc/ ", "http://10.1.2.3:8080/zc")]
    [InlineData("HTTPS://ZC.EXAMPLE.CN", "HTTPS://ZC.EXAMPLE.CN")]
    public void A_usable_address_is_kept(string value, string expected)
    {
        Assert.Null(PublicAddress.Refusal(Config(value)));
        var address = new PublicAddress(Config(value));
        Assert.Equal(expected + "/p/QD7K2M", address.Of(new DefaultHttpContext().Request, "QD7K2M"));
    }

    [Theory]
    [InlineData("zc.qingdao.gov.cn")]
    [InlineData("/p")]
    [InlineData("ftp://zc.qingdao.gov.cn")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://zc.qingdao.gov.cn/?a=1")]
    [InlineData("https://zc.qingdao.gov.cn/#top")]
    public void A_broken_address_stops_the_start_with_the_reason(string value)
    {
        var refusal = PublicAddress.Refusal(Config(value));
        Assert.NotNull(refusal);
        Assert.Contains(PublicAddress.Key, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_address_falls_back_to_the_request(string? value)
    {
        Assert.Null(PublicAddress.Refusal(Config(value)));
        var address = new PublicAddress(Config(value));
        Assert.Null(address.Configured);
        var ctx = new DefaultHttpContext();
        ctx.Request.Scheme = "http";
        ctx.Request.Host = new HostString("intranet.local", 5080);
        Assert.Equal("http://intranet.local:5080/p/QD7K2M", address.Of(ctx.Request, "QD7K2M"));
    }
}
