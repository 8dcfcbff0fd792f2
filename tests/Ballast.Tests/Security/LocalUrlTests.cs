using Ballast.Web.Common.Web;

namespace Ballast.Tests.Security;

/// <summary>The rule every return address goes through, on the whole generated corpus at once.</summary>
public sealed class LocalUrlTests
{
    [Fact]
    public void No_hostile_value_becomes_an_address_off_the_site()
    {
        var failures = HostileReturnUrls.All()
            .SelectMany(v => ReturnUrlTests.CheckLocation(LocalUrl.OrRoot(v), null)
                .Concat(ReturnUrlTests.CheckLocation(LocalUrl.WithQuery("/Lists/Targets", v), null))
                .Concat(ReturnUrlTests.CheckLocation(LocalUrl.WithQuery("/Lists/Targets", "?" + v), null))
                .Select(f => $"{v}: {f}"))
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void Local_addresses_are_kept_in_plain_ASCII()
    {
        foreach (var (value, location) in HostileReturnUrls.Local)
        {
            Assert.Equal(location, LocalUrl.OrRoot(value));
        }
        Assert.Equal("/Lists/Targets?Year=2023&q=%E9%9D%92", LocalUrl.WithQuery("/Lists/Targets", "?Year=2023&q=青"));
        Assert.Equal("/Lists/Targets", LocalUrl.WithQuery("/Lists/Targets", "?a\r\nSet-Cookie: x=1"));
        Assert.Equal("/Lists/Targets", LocalUrl.WithQuery("/Lists/Targets", null));
    }
}
