using Ballast.Web.Common.Codes;

namespace Ballast.Tests.Common;

public class RegionCodeTests
{
    [Theory]
    [InlineData("370000", RegionLevel.Province)]
    [InlineData("370200", RegionLevel.City)]
    [InlineData("370211", RegionLevel.County)]
    [InlineData("370271", RegionLevel.County)] // 青岛高新区, a statistics-only code
    [InlineData("370284", RegionLevel.County)] // retired 胶南市: structure still holds
    [InlineData("110101", RegionLevel.County)]
    [InlineData("110100", RegionLevel.City)]
    [InlineData("820000", RegionLevel.Province)]
    public void LevelOf_follows_the_zero_digits(string code, RegionLevel level)
    {
        Assert.Equal(level, RegionCode.LevelOf(code));
    }

    [Theory]
    [InlineData("370211", "370200")]
    [InlineData("370200", "370000")]
    [InlineData("370000", null)]
    [InlineData("370285", "370200")]
    [InlineData("429004", "429000")]
    [InlineData("500101", "500100")]
    public void ParentOf_climbs_one_level(string code, string? parent)
    {
        Assert.Equal(parent, RegionCode.ParentOf(code));
    }

    [Fact]
    public void ParentOf_reaches_null_from_a_county_in_three_steps()
    {
        var chain = new List<string>();
        for (string? c = "370211"; c is not null; c = RegionCode.ParentOf(c))
        {
            chain.Add(c);
        }

        Assert.Equal(["370211", "370200", "370000"], chain);
    }

    [Theory]
    [InlineData("370202")]
    [InlineData("110000")]
    [InlineData("500000")]
    [InlineData("710000")]
    [InlineData("810000")]
    [InlineData("820000")]
    public void Well_formed_codes(string code)
    {
        Assert.True(RegionCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("37021")]
    [InlineData("3702110")]
    [InlineData("37021A")]
    [InlineData(" 370211")]
    [InlineData("３７０２１１")] // full-width: callers normalise first
    [InlineData("100000")]
    [InlineData("000000")]
    [InlineData("190000")]
    [InlineData("830000")]
    [InlineData("990000")]
    public void Malformed_codes(string? code)
    {
        Assert.False(RegionCode.IsWellFormed(code));
    }

    [Theory]
    [InlineData("37021")]
    [InlineData("990000")]
    public void LevelOf_and_ParentOf_reject_malformed_codes(string code)
    {
        Assert.Throws<ArgumentException>(() => RegionCode.LevelOf(code));
        Assert.Throws<ArgumentException>(() => RegionCode.ParentOf(code));
    }
}
