using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Compendium;

/// <summary>The policy rules on their own: 文号 normalisation, dates, area by level, contacts, public codes.</summary>
public sealed class PolicyRulesTests
{
    private static readonly Texts T = new();

    public static TheoryData<string> Brackets() => ["青政发〔2023〕5号", "青政发[2023]5号", "青政发［2023］5号", "青政发【2023】5号",
        "青政发(2023)5号", "青政发（2023）5号", " 青政发 〔 2023 〕 5号 ", "青政发\u3000[2023]5号"];

    [Theory]
    [MemberData(nameof(Brackets))]
    public void Every_bracket_people_type_becomes_the_six_cornered_one(string typed) =>
        Assert.Equal("青政发〔2023〕5号", DocumentNumbers.Normalise(typed));

    [Theory]
    [InlineData("青商发〔2023〕12号")]
    [InlineData("西政发〔2022〕101号")]
    [InlineData("青工信字〔2023〕3号")]
    public void A_well_written_number_is_left_as_it_is(string number) => Assert.Equal(number, DocumentNumbers.Normalise(number));

    [Fact]
    public void Empty_numbers_are_none() => Assert.Null(DocumentNumbers.Normalise("  "));

    [Fact]
    public void Expiry_before_effect_is_refused_by_name()
    {
        var input = Valid();
        input.EffectiveOn = new DateOnly(2023, 6, 1);
        input.ExpiresOn = new DateOnly(2023, 5, 31);
        Assert.Contains(PolicyRules.Check(input, null, T), e => e.Field == nameof(PolicyInput.ExpiresOn));
        input.ExpiresOn = input.EffectiveOn;
        Assert.Empty(PolicyRules.Check(input, null, T));
    }

    public static TheoryData<PolicyLevel, UnitKind?, bool> Areas() => new()
    {
        { PolicyLevel.City, null, true },
        { PolicyLevel.City, UnitKind.District, false },
        { PolicyLevel.District, UnitKind.District, true },
        { PolicyLevel.District, UnitKind.FunctionalArea, true },
        { PolicyLevel.District, null, false },
        { PolicyLevel.District, UnitKind.Park, false },
        { PolicyLevel.District, UnitKind.Department, false },
        { PolicyLevel.Park, UnitKind.Park, true },
        { PolicyLevel.Park, UnitKind.District, false },
        { PolicyLevel.Park, null, false },
    };

    [Theory]
    [MemberData(nameof(Areas))]
    public void A_district_or_park_policy_names_its_area_and_a_city_one_none(PolicyLevel level, UnitKind? area, bool ok)
    {
        var input = Valid();
        input.Level = level;
        input.AreaUnitId = area is null ? null : 7;
        var errors = PolicyRules.Check(input, area, T);
        Assert.Equal(ok, errors.All(e => e.Field != nameof(PolicyInput.AreaUnitId)));
    }

    [Theory]
    [InlineData("0532-85911234", true)]
    [InlineData("0532 8591 1234", true)]
    [InlineData("13812345678", true)]
    [InlineData("12345", true)]
    [InlineData("400-123-4567", true)]
    [InlineData("0532-85911234转802", true)]
    [InlineData("０５３２－８５９１１２３４", true)]
    [InlineData("1234", false)]
    [InlineData("电话见官网", false)]
    [InlineData("abc-12345678", false)]
    [InlineData("----", false)]
    public void Contact_phones_must_be_dialable(string phone, bool ok)
    {
        var input = Valid();
        input.Contacts = [new PolicyContactInput { Unit = "市商务局", Phone = phone }];
        Assert.Equal(ok, PolicyRules.Check(input, null, T).Count == 0);
    }

    [Fact]
    public void A_contact_needs_its_unit_and_empty_rows_are_dropped()
    {
        var input = Valid();
        input.Contacts = [new PolicyContactInput(), new PolicyContactInput { Name = "张科长", Phone = "0532-85911234" }];
        var errors = PolicyRules.Check(input, null, T);
        Assert.Equal(["Contacts[0].Unit"], errors.Select(e => e.Field));
        Assert.Single(input.Contacts);
    }

    [Fact]
    public void Title_and_issuer_are_required()
    {
        var errors = PolicyRules.Annotations(new PolicyInput { Title = "", Issuer = " " }, T);
        Assert.Contains(errors, e => e.Field == nameof(PolicyInput.Title));
        Assert.Contains(PolicyRules.Check(new PolicyInput { Title = "x", Issuer = "  " }, null, T), e => e.Field == nameof(PolicyInput.Issuer));
    }

    [Fact]
    public void Public_codes_use_only_the_unambiguous_alphabet()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => PolicyCodes.Next()).ToList();
        Assert.All(codes, c => Assert.True(PolicyCodes.IsWellFormed(c), c));
        Assert.All(codes, c => Assert.DoesNotContain(c, ch => "0O1IL".Contains(ch)));
        Assert.True(codes.Distinct().Count() > 1990);
    }

    [Theory]
    [InlineData("人才", "\"人才\"")]
    [InlineData("a\"b AND c", "\"a\"\"b\" \"AND\" \"c\"")]
    [InlineData("NEAR(x y) *", "\"NEAR(x\" \"y)\" \"*\"")]
    public void Fts_queries_quote_every_term(string text, string fts) => Assert.Equal(fts, SearchTerms.Fts(SearchTerms.Of(text)));

    [Theory]
    [InlineData("50%", "%50\\%%")]
    [InlineData("a_b", "%a\\_b%")]
    [InlineData("c:\\d", "%c:\\\\d%")]
    public void Like_patterns_escape_their_wildcards(string term, string pattern) => Assert.Equal(pattern, SearchTerms.Like(term));

    [Fact]
    public void Highlighting_encodes_before_marking()
    {
        var html = Highlight.Marked("<script>人才</script>补贴", ["人才", "补贴"]);
        Assert.Equal("&lt;script&gt;<mark>人才</mark>&lt;/script&gt;<mark>补贴</mark>", html);
        Assert.Equal("<mark>ABC</mark>d", Highlight.Marked("ABCd", ["abc"]));
    }

    private static PolicyInput Valid() => new() { Title = "青岛市支持人才创新创业若干政策", Issuer = "青岛市人民政府" };
}
