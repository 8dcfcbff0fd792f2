using Ballast.Web.Common.Codes;

namespace Ballast.Tests.Common;

public class ProjectCodeTests
{
    [Fact]
    public void Standard_example_is_valid()
    {
        var result = ProjectCode.Check("2104-370200-04-01-498806");

        Assert.True(result.IsValid);
        Assert.Equal(ProjectCodeFormat.Standard, result.Format);
        Assert.Null(result.Problem);
        Assert.Equal("2104-370200-04-01-498806", result.Value);
    }

    [Fact]
    public void Legacy_example_is_valid()
    {
        // Month 20 is impossible, so 2020 is a year.
        var result = ProjectCode.Check("2020-451421-88-03-016343");

        Assert.True(result.IsValid);
        Assert.Equal(ProjectCodeFormat.Legacy, result.Format);
        Assert.Null(result.Problem);
    }

    [Theory]
    [InlineData("2012-370211-04-01-123456")] // December 2020 or the year 2012
    [InlineData("2001-370211-04-01-123456")]
    public void Ambiguous_prefix_reads_as_standard(string code)
    {
        Assert.Equal(ProjectCodeFormat.Standard, ProjectCode.Check(code).Format);
    }

    [Theory]
    [InlineData("1990-370200-36-03-000001")]
    [InlineData("2030-370200-36-03-000001")]
    [InlineData("2016-370285-13-03-000123")]
    public void Legacy_years_at_the_range_ends_are_accepted(string code)
    {
        var result = ProjectCode.Check(code);

        Assert.True(result.IsValid);
        Assert.Equal(ProjectCodeFormat.Legacy, result.Format);
    }

    [Theory]
    [InlineData("２１０４－３７０２００－０４－０１－４９８８０６")] // full-width digits and hyphens
    [InlineData("2104\u2013370200\u201304\u201301\u2013498806")] // en-dashes
    [InlineData("2104\u2014370200\u201404\u201401\u2014498806")] // em-dashes
    [InlineData("  2104-370200-04-01-498806\u3000")]
    public void Input_is_normalised(string input)
    {
        var result = ProjectCode.Check(input);

        Assert.True(result.IsValid);
        Assert.Equal("2104-370200-04-01-498806", result.Value);
    }

    [Theory]
    [InlineData("2104-370200-04-01-49880")] // too short
    [InlineData("2104-370200-04-01-4988061")] // too long
    [InlineData("210437020004014988060000")] // right length, no hyphens
    [InlineData("2104-370200-04-01-49880A")] // letter
    [InlineData("2104-37O200-04-01-498806")] // letter O for zero
    [InlineData("2104-370200-4-001-498806")] // hyphen in the wrong place
    [InlineData("2104 370200 04 01 498806")] // spaces instead of hyphens
    public void Wrong_layout_is_invalid(string input)
    {
        var result = ProjectCode.Check(input);

        Assert.False(result.IsValid);
        Assert.Null(result.Format);
        Assert.Equal("项目代码格式应为 2104-370200-04-01-498806", result.Problem);
    }

    [Theory]
    [InlineData("2113-370200-04-01-498806")] // month 13, year 2113
    [InlineData("2100-370200-04-01-498806")] // month 00, year 2100
    [InlineData("1913-370200-04-01-498806")] // month 13, year 1913
    [InlineData("2031-370200-04-01-498806")] // month 31, year 2031: one past the legacy range
    [InlineData("1989-370200-04-01-498806")] // month 89, year 1989: one before it
    public void Neither_month_nor_legacy_year_is_invalid(string input)
    {
        var result = ProjectCode.Check(input);

        Assert.False(result.IsValid);
        Assert.StartsWith($"第1段“{input[..4]}”", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2104-990200-04-01-498806")]
    [InlineData("2104-000000-04-01-498806")]
    [InlineData("2104-100000-04-01-498806")]
    [InlineData("2104-190200-04-01-498806")] // within 11–82 but not a province
    [InlineData("2020-830200-88-03-016343")]
    public void Bad_province_is_invalid(string input)
    {
        var result = ProjectCode.Check(input);

        Assert.False(result.IsValid);
        Assert.Equal($"第2段“{input.Substring(5, 6)}”不是有效的行政区划代码（如 370200）", result.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Empty_input_asks_for_a_value(string? input)
    {
        var result = ProjectCode.Check(input);

        Assert.False(result.IsValid);
        Assert.Equal("请填写项目代码", result.Problem);
        Assert.Equal("", result.Value);
    }
}
