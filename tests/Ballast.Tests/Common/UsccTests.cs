using Ballast.Web.Common.Codes;

namespace Ballast.Tests.Common;

public class UsccTests
{
    [Theory]
    [InlineData("91110000600037341L")]
    [InlineData("91350100M000100Y43")] // the worked example of GB 32100-2015
    [InlineData("121200004013590816")]
    [InlineData("91371082775260043P")]
    [InlineData("91340600MA2PBM9HXD")] // inner check character is X
    [InlineData("91310115MA1K3BTP2B")]
    public void Documented_valid_codes_pass_both_checks(string code)
    {
        var result = Uscc.Check(code);

        Assert.Equal(UsccStatus.Valid, result.Status);
        Assert.Null(result.Problem);
        Assert.Equal(code, result.Value);
        Assert.True(Uscc.IsWellFormed(code));
        Assert.Equal(code[17], Uscc.ComputeCheckChar(code[..17]));
    }

    [Fact]
    public void Wrong_check_character_is_a_warning_naming_the_expected_one()
    {
        var result = Uscc.Check("91110000600037341N");

        Assert.Equal(UsccStatus.CheckFailed, result.Status);
        Assert.Equal("校验位不符（应为 L）", result.Problem);
    }

    [Fact]
    public void Failing_only_the_organisation_code_check_is_a_warning_that_says_so()
    {
        // Position 17 altered and position 18 recomputed: mod-31 passes, GB 11714 fails.
        var result = Uscc.Check("91110000600037342P");

        Assert.Equal(UsccStatus.CheckFailed, result.Status);
        Assert.Equal("组织机构代码（第9–17位）校验位不符（第17位应为 1）", result.Problem);
    }

    [Fact]
    public void Authority_A_with_a_wrong_check_is_a_warning_not_a_rejection()
    {
        // cn-standards.md lists this as a format error, but A (军队单位) is a real registering
        // authority, and a rejection could not be overridden; the mod-31 check catches it instead.
        var result = Uscc.Check("A1110000600037341L");

        Assert.Equal(UsccStatus.CheckFailed, result.Status);
        Assert.Equal("校验位不符（应为 K）", result.Problem);
    }

    [Fact]
    public void Letters_outside_the_alphabet_are_malformed()
    {
        var result = Uscc.Check("9111000060003IOZSV");

        Assert.Equal(UsccStatus.Malformed, result.Status);
        Assert.Equal("含有不允许的字符（不使用 I、O、Z、S、V）", result.Problem);
        Assert.False(Uscc.IsWellFormed("9111000060003IOZSV"));
    }

    [Fact]
    public void Punctuation_is_malformed_and_named()
    {
        var result = Uscc.Check("91110000-600037341");

        Assert.Equal(UsccStatus.Malformed, result.Status);
        Assert.Contains("“-”", result.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9111000060003734", 16)]
    [InlineData("91110000600037341LX", 19)]
    public void Wrong_length_is_malformed(string input, int length)
    {
        var result = Uscc.Check(input);

        Assert.Equal(UsccStatus.Malformed, result.Status);
        Assert.Equal($"统一社会信用代码应为18位（现为{length}位）", result.Problem);
    }

    [Fact]
    public void Letters_in_the_region_part_are_malformed()
    {
        var result = Uscc.Check("911100A0600037341L");

        Assert.Equal(UsccStatus.Malformed, result.Status);
        Assert.Equal("第3–8位（登记管理机关行政区划码）应为数字", result.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    public void Empty_input_asks_for_a_value(string? input)
    {
        var result = Uscc.Check(input);

        Assert.Equal(UsccStatus.Malformed, result.Status);
        Assert.Equal("请填写统一社会信用代码", result.Problem);
        Assert.Equal("", result.Value);
    }

    [Theory]
    [InlineData("91340600ma2pbm9hxd", "91340600MA2PBM9HXD")]
    [InlineData("  91110000600037341l\t", "91110000600037341L")]
    [InlineData("９１１１００００６０００３７３４１Ｌ", "91110000600037341L")]
    [InlineData("\u3000９１３４０６００ｍａ２ｐｂｍ９ｈｘｄ\u3000", "91340600MA2PBM9HXD")]
    public void Lower_case_and_full_width_input_is_normalised(string input, string expected)
    {
        var result = Uscc.Check(input);

        Assert.Equal(UsccStatus.Valid, result.Status);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void IsWellFormed_does_not_normalise()
    {
        Assert.False(Uscc.IsWellFormed("91340600ma2pbm9hxd"));
        Assert.True(Uscc.IsWellFormed("91110000600037341N")); // check characters are not its concern
    }

    [Theory]
    [InlineData("9111000060003734")]
    [InlineData("9111000060003734I")]
    public void ComputeCheckChar_rejects_bad_input(string first17)
    {
        Assert.Throws<ArgumentException>(() => Uscc.ComputeCheckChar(first17));
    }
}
