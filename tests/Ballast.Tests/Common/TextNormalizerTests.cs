using Ballast.Web.Common.Text;

namespace Ballast.Tests.Common;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("ｑｉｎｇｄａｏ", "qingdao")]
    [InlineData("！～", "!~")] // both ends of U+FF01–U+FF5E
    [InlineData("（青岛）", "(青岛)")]
    [InlineData("a\u3000b", "a b")]
    [InlineData("青岛市，崂山区。", "青岛市,崂山区。")] // 。 (U+3002) is outside the range
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("", "")]
    public void ToHalfWidth_maps_full_width_ascii(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.ToHalfWidth(input));
    }

    [Fact]
    public void ToHalfWidth_returns_the_same_instance_when_nothing_changes()
    {
        var s = "already half-width";
        Assert.Same(s, TextNormalizer.ToHalfWidth(s));
    }

    [Fact]
    public void ToHalfWidth_keeps_characters_just_outside_the_range()
    {
        Assert.Equal("\uFF00\uFF5F", TextNormalizer.ToHalfWidth("\uFF00\uFF5F"));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("\u3000\t\n", "")]
    [InlineData("  青岛  西海岸\u3000\u3000新区 ", "青岛 西海岸 新区")]
    [InlineData("a\t\r\nb", "a b")]
    [InlineData("a\u00A0b", "a b")] // no-break space from web pages
    [InlineData("ＡＢＣ　ｄｅｆ", "ABC def")]
    [InlineData("x", "x")]
    public void Clean_trims_and_collapses_whitespace(string? input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Clean(input));
    }
}
