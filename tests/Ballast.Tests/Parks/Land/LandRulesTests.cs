using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Projects;

namespace Ballast.Tests.Parks.Land;

/// <summary>The land fields obey one rule class, for a project and a firm alike.</summary>
public sealed class LandRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    public static TheoryData<decimal, bool> Areas => new() { { -1m, false }, { 0m, false }, { 0.01m, true }, { 85.5m, true }, { 100_000m, true }, { 100_000.01m, false } };

    [Theory]
    [MemberData(nameof(Areas))]
    public void Area_is_positive_and_at_most_a_hundred_thousand_mu(decimal mu, bool ok)
    {
        Assert.Equal(ok, LandRules.Check(new ProjectInput { LandAreaMu = mu }, Today).Count == 0);
        Assert.Equal(ok, LandRules.Check(new EnterpriseInput { LandAreaMu = mu }, Today).Count == 0);
    }

    /// <summary>宗地代码 (19), 不动产单元代码 (28), local numbers; every width and case typed normalises the same.</summary>
    public static IEnumerable<object[]> GoodCodes()
    {
        string[] codes = ["370211001001GB00001", "370211001001GB00001F00010001", "QD-HD-2023-017", "A1", new string('9', 40)];
        foreach (var code in codes)
        {
            yield return [code, code];
            yield return [code.ToLowerInvariant(), code];
            yield return [" " + string.Concat(code.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)) + "　", code];
        }
    }

    [Theory]
    [MemberData(nameof(GoodCodes))]
    public void Parcel_codes_in_any_width_and_case_are_accepted_as_upper_case(string typed, string stored)
    {
        var input = new ProjectInput { Name = "x", ParcelCode = typed };
        Assert.DoesNotContain(ProjectRules.Check(input, null, Today), e => e.Field == "ParcelCode");
        Assert.Equal(stored, input.ParcelCode);
    }

    [Theory]
    [InlineData("-QD01")]
    [InlineData("QD01-")]
    [InlineData("QD--01")]
    [InlineData("QD_01")]
    [InlineData("青岛01")]
    [InlineData("QD.01")]
    public void Other_characters_and_stray_hyphens_are_refused(string code)
    {
        var error = Assert.Single(LandRules.Check(new ProjectInput { ParcelCode = LandRules.NormaliseParcel(code) }, Today));
        Assert.Equal(("ParcelCode", "宗地编码只能含大写字母、数字和连字符，不超过40位"), error);
    }

    [Fact]
    public void A_code_over_forty_characters_is_refused() =>
        Assert.Contains(LandRules.Check(new EnterpriseInput { ParcelCode = new string('A', 41) }, Today), e => e.Field == "ParcelCode");

    [Theory]
    [InlineData(1990, 1, 1, true)]
    [InlineData(2026, 6, 1, true)]
    [InlineData(2026, 6, 2, false)]
    public void The_land_right_date_is_not_later_than_today(int y, int m, int d, bool ok) =>
        Assert.Equal(ok, LandRules.Check(new ProjectInput { LandRightOn = new DateOnly(y, m, d) }, Today).Count == 0);

    [Fact]
    public void Standard_land_needs_an_area()
    {
        Assert.Equal(("LandAreaMu", "标准地须填写用地面积"), Assert.Single(LandRules.Check(new EnterpriseInput { IsStandardLand = true }, Today)));
        Assert.Empty(LandRules.Check(new EnterpriseInput { IsStandardLand = true, LandAreaMu = 50 }, Today));
    }
}
