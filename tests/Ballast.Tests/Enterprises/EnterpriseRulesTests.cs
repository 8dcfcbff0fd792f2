using Ballast.Web.Features.Enterprises;

namespace Ballast.Tests.Enterprises;

/// <summary>A firm's key and dates, a designation's kind, subject and expiry, a year's figures: the rules every channel runs.</summary>
public sealed class EnterpriseRulesTests
{
    private static readonly DateOnly Today = new(2023, 9, 30);

    [Theory]
    [InlineData("91110000600037341L")]
    [InlineData(" 91350100m000100y43 ")] // lower case and spaces: normalised
    [InlineData("９１１１００００６０００３７３４１Ｌ")] // full-width
    public void A_valid_code_passes_and_is_kept_normalised(string code)
    {
        var input = Firm(code);

        Assert.Empty(EnterpriseRules.Check(input, Today));
        Assert.Equal(18, input.Uscc!.Length);
        Assert.Equal(input.Uscc, input.Uscc.ToUpperInvariant());
    }

    [Theory]
    [InlineData("91A10000600037341L")]
    [InlineData("9111000060003IOZSV")]
    [InlineData("9111000060003734")]
    public void A_malformed_code_is_refused_on_the_code(string code) =>
        Assert.Equal("Uscc", Assert.Single(EnterpriseRules.Check(Firm(code), Today)).Field);

    [Fact]
    public void A_failed_check_is_kept_only_with_a_reason()
    {
        var refused = Assert.Single(EnterpriseRules.Check(Firm("91110000600037341N"), Today));
        Assert.Equal("UsccNote", refused.Field);
        Assert.Contains("校验位", refused.Message, StringComparison.Ordinal);

        var kept = Firm("91110000600037341N");
        kept.UsccNote = "早期试点代码，经市场监管局核实有效";
        Assert.Empty(EnterpriseRules.Check(kept, Today));
    }

    [Fact]
    public void A_firm_without_a_code_names_its_country_or_says_it_is_not_registered()
    {
        Assert.Equal("Uscc", Assert.Single(EnterpriseRules.Check(Firm(null), Today)).Field);
        Assert.Empty(EnterpriseRules.Check(Firm(null, country: "日本"), Today));
        var unregistered = Firm(null);
        unregistered.NotRegistered = true;
        Assert.Empty(EnterpriseRules.Check(unregistered, Today));
    }

    [Theory]
    [InlineData(1799, 12, 31, true)]
    [InlineData(1800, 1, 1, false)]
    [InlineData(2023, 9, 30, false)]
    [InlineData(2023, 10, 1, true)]
    public void A_founding_date_is_plausible(int y, int m, int d, bool refused)
    {
        var input = Firm("91110000600037341L");
        input.FoundedOn = new DateOnly(y, m, d);

        Assert.Equal(refused, EnterpriseRules.Check(input, Today).Any(e => e.Field == "FoundedOn"));
    }

    [Fact]
    public void A_former_name_is_not_the_current_one()
    {
        var input = Firm("91110000600037341L");
        input.FormerNames = "青岛旧名有限公司；青岛测试有限公司";

        Assert.Equal("FormerNames", Assert.Single(EnterpriseRules.Check(input, Today)).Field);
    }

    [Theory]
    [InlineData(3, 2023, "2026-12-31")]
    [InlineData(3, 2021, "2024-12-31")]
    [InlineData(null, 2023, null)]
    public void A_designations_expiry_defaults_to_its_kinds_validity(int? validYears, int year, string? expected)
    {
        var kind = Kind(DesignationSubject.Firm, validYears);
        var input = new DesignationInput { KindCode = kind.Code, EnterpriseId = 1, Year = year };

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            DesignationRules.ExpiryOf(input, kind));
        input.ExpiresOn = new DateOnly(year + 1, 6, 30);
        Assert.Equal(new DateOnly(year + 1, 6, 30), DesignationRules.ExpiryOf(input, kind));
    }

    [Fact]
    public void A_designations_subject_matches_its_kind()
    {
        var firmKind = Kind(DesignationSubject.Firm, 3);
        var areaKind = Kind(DesignationSubject.Area, null);

        Assert.Equal("EnterpriseId", Assert.Single(DesignationRules.Check(new DesignationInput { KindCode = "k", Year = 2023 }, firmKind, Today)).Field);
        Assert.Contains(DesignationRules.Check(new DesignationInput { KindCode = "k", Year = 2023, EnterpriseId = 5 }, areaKind, Today),
            e => e.Field == "EnterpriseId");
        Assert.Equal("SubjectName", Assert.Single(DesignationRules.Check(new DesignationInput { KindCode = "k", Year = 2023 }, areaKind, Today)).Field);
        Assert.Empty(DesignationRules.Check(new DesignationInput { KindCode = "k", Year = 2023, SubjectName = "青岛国际航运服务集聚区" }, areaKind, Today));
    }

    [Fact]
    public void A_designation_needs_a_known_kind_a_year_not_in_the_future_and_an_expiry_not_before_it()
    {
        var kind = Kind(DesignationSubject.Firm, null);
        Assert.Equal("KindCode", Assert.Single(DesignationRules.Check(new DesignationInput { KindCode = "x", EnterpriseId = 1, Year = 2023 }, null, Today)).Field);
        Assert.Equal("Year", Assert.Single(DesignationRules.Check(new DesignationInput { KindCode = "k", EnterpriseId = 1, Year = 2024 }, kind, Today)).Field);
        Assert.Equal("ExpiresOn", Assert.Single(DesignationRules.Check(
            new DesignationInput { KindCode = "k", EnterpriseId = 1, Year = 2023, ExpiresOn = new DateOnly(2022, 12, 31) }, kind, Today)).Field);
    }

    [Fact]
    public void A_years_figures_are_not_of_a_future_year_and_value_added_is_within_output()
    {
        Assert.Equal("Year", Assert.Single(EnterpriseYearRules.Check(new EnterpriseYearInput { Year = 2024, Source = "s" }, Today)).Field);
        Assert.Equal("ValueAdded", Assert.Single(EnterpriseYearRules.Check(
            new EnterpriseYearInput { Year = 2023, Output = 100, ValueAdded = 101, Source = "s" }, Today)).Field);
        Assert.Empty(EnterpriseYearRules.Check(new EnterpriseYearInput { Year = 2023, Output = 100, ValueAdded = 100, Source = "s" }, Today));
    }

    private static EnterpriseInput Firm(string? uscc, string? country = null) =>
        new() { Name = "青岛测试有限公司", Uscc = uscc, Country = country, OwnerUnitId = 1 };

    private static DesignationKind Kind(DesignationSubject subject, int? validYears) =>
        new() { Code = "k", Name = "测试认定", Subject = subject, ValidYears = validYears };
}
