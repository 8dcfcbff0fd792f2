using System.Globalization;
using Ballast.Web.Features.Services;

namespace Ballast.Tests.Services;

/// <summary>The roll-up rule on its own: firms' sum, entered fallback, not reported, the 1 亿 edge.</summary>
public sealed class BuildingTaxRuleTests
{
    [Theory]
    [InlineData("6000 4000", null, "10000", TaxSource.Firms, true)]
    [InlineData("6000 3999.99", "20000", "9999.99", TaxSource.Firms, false)]
    [InlineData("0", "50000", "0", TaxSource.Firms, false)]
    [InlineData("", "10000", "10000", TaxSource.Entered, true)]
    [InlineData("", "9999.9999", "9999.9999", TaxSource.Entered, false)]
    [InlineData("", null, null, TaxSource.NotReported, false)]
    public void Firms_first_then_entered_then_not_reported(string firms, string? entered, string? expected, TaxSource source, bool overYi)
    {
        var tax = BuildingTax.Of([.. firms.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Wan)], entered is null ? null : Wan(entered),
            entered is null ? null : "区税务局");
        Assert.Equal(expected is null ? null : Wan(expected), tax.Wan);
        Assert.Equal(source, tax.Source);
        Assert.Equal(overYi, tax.IsOverYi);
        Assert.Equal(source == TaxSource.Entered ? "区税务局" : null, tax.EnteredSource);
    }

    private static decimal Wan(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Generated_variants_agree_with_a_plain_restatement_of_the_rule()
    {
        var rng = new Random(10);
        for (var n = 0; n < 500; n++)
        {
            var firms = Enumerable.Range(0, rng.Next(0, 5)).Select(_ => rng.Next(0, 8_000) + rng.Next(0, 100) / 100m).ToList();
            decimal? entered = rng.Next(3) == 0 ? null : rng.Next(0, 3) == 0 ? BuildingTax.OverYiWan : rng.Next(0, 30_000);
            var tax = BuildingTax.Of(firms, entered, "来源");
            decimal? expected = firms.Count > 0 ? firms.Sum() : entered;
            Assert.Equal(expected, tax.Wan);
            Assert.Equal(expected is { } e && e >= 10_000m, tax.IsOverYi);
            Assert.Equal(firms.Count > 0 ? TaxSource.Firms : entered is null ? TaxSource.NotReported : TaxSource.Entered, tax.Source);
        }
    }
}
