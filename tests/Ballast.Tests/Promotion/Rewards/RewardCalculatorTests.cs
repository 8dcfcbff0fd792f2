using Ballast.Web.Features.Promotion;

namespace Ballast.Tests.Promotion.Rewards;

/// <summary>The reward rule as arithmetic: worked examples by hand, then generated rules and figures checked against
/// the formula written independently here.</summary>
public sealed class RewardCalculatorTests
{
    private static readonly RewardTerms Qingdao2023 = new(10m, 500m, 5_000m, ["公职人员", "项目单位及其关联方员工", "已收取中介费的中介机构"]);

    [Theory]
    [InlineData(20_000, 200, 200, false)]     // below the cap: 20,000 × 10‰ = 200
    [InlineData(50_000, 500, 500, false)]     // exactly at the cap: 500, not capped
    [InlineData(50_000.01, 500.0001, 500, true)] // a hair above: capped
    [InlineData(180_000, 1_800, 500, true)]   // far above the cap
    [InlineData(5_000, 50, 50, false)]        // exactly the minimum earns
    [InlineData(12_345.67, 123.4567, 123.46, false)] // rounded half away from zero to 0.01 万元
    public void Worked_examples_of_the_2023_rule(double formed, double raw, double reward, bool capped)
    {
        var c = RewardCalculator.Compute(Qingdao2023, (decimal)formed, "个人");
        Assert.Null(c.Refusal);
        Assert.Equal(Math.Round((decimal)raw, 2, MidpointRounding.AwayFromZero), c.ComputedWan);
        Assert.Equal((decimal)reward, c.RewardWan);
        Assert.Equal(capped, c.Capped);
    }

    [Fact]
    public void Below_the_minimum_earns_nothing_and_says_why()
    {
        var c = RewardCalculator.Compute(Qingdao2023, 4_999.99m, "企业");
        Assert.Equal(0, c.RewardWan);
        Assert.Equal("实际形成投资4,999.99万元，低于奖励起点5,000万元", c.Refusal);
    }

    [Theory]
    [InlineData("公职人员")]
    [InlineData(" 项目单位及其关联方员工 ")]
    [InlineData("已收取中介费的中介机构")]
    public void An_excluded_category_earns_nothing_whatever_the_figure(string category)
    {
        var c = RewardCalculator.Compute(Qingdao2023, 100_000m, category);
        Assert.Equal(0, c.RewardWan);
        Assert.Contains("不在奖励范围内", c.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_are_read_one_per_line_without_blanks_or_repeats() =>
        Assert.Equal(["公职人员", "中介机构"], RewardCalculator.Categories(" 公职人员\r\n\n中介机构\n公职人员 "));

    [Fact]
    public void Generated_rules_and_figures_follow_the_formula()
    {
        var random = new Random(20230);
        for (var n = 0; n < 2_000; n++)
        {
            var rate = random.Next(1, 500) / 10m;
            var cap = random.Next(1, 100_000) / 100m;
            var minimum = random.Next(0, 20_000);
            var formed = random.Next(1, 10_000_000) / 100m;
            var terms = new RewardTerms(rate, cap, minimum, ["公职人员"]);
            var c = RewardCalculator.Compute(terms, formed, n % 17 == 0 ? "公职人员" : "个人");

            var exact = formed * rate / 1000m;
            decimal expected = n % 17 == 0 || formed < minimum ? 0 : Math.Round(Math.Min(exact, cap), 2, MidpointRounding.AwayFromZero);
            Assert.True(expected == c.RewardWan, $"rate {rate}‰ cap {cap} min {minimum} formed {formed}: expected {expected}, got {c.RewardWan}");
            Assert.True(c.RewardWan <= Math.Round(cap, 2, MidpointRounding.AwayFromZero));
            Assert.Equal(c.RewardWan == 0 && expected == 0 && (n % 17 == 0 || formed < minimum), c.Refused);
            Assert.Equal(!c.Refused && exact > cap, c.Capped);
        }
    }
}
