using Ballast.Web.Features.Parks;

namespace Ballast.Tests.Parks.Admission;

/// <summary>Admission on boundary values: at the threshold passes; exactly at threshold × (1 − shortfall) is conditional;
/// below that fails; a null threshold is not applied; a figure not given is conditional, never zero.</summary>
public sealed class AdmissionRulesTests
{
    private static AdmissionThreshold Qingdao(decimal shortfall = 0.1m, bool chain = false) =>
        new() { MinInvestmentPerMu = 280, MinTaxPerMu = 20, ConditionalShortfall = shortfall, RequireChainFit = chain };

    /// <summary>Variants over lands and shortfalls: the three bands fall exactly where the rule says.</summary>
    public static IEnumerable<object[]> Bands()
    {
        foreach (var land in new[] { 1m, 3m, 7.5m, 66.67m, 150m })
        {
            foreach (var s in new[] { 0m, 0.1m, 0.25m })
            {
                yield return [land, s, 280m * land, AdmissionResult.Pass];
                yield return [land, s, 280m * land - 0.0001m, s == 0 ? AdmissionResult.Fail : AdmissionResult.Conditional];
                if (s == 0)
                {
                    continue; // with no shortfall allowed the lower edge is the threshold itself, tested above
                }
                yield return [land, s, 280m * (1 - s) * land, AdmissionResult.Conditional];
                yield return [land, s, 280m * (1 - s) * land - 0.0001m, AdmissionResult.Fail];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public void Investment_intensity_falls_in_the_band_the_rule_says(decimal land, decimal shortfall, decimal investment, AdmissionResult expected)
    {
        var verdict = AdmissionRules.Evaluate(Qingdao(shortfall), new AdmissionFigures(investment, land, null, 20m * land, null, null));
        Assert.Equal(expected, verdict.Result);
        Assert.Equal(4, verdict.Lines.Count);
    }

    [Fact]
    public void Result_is_fail_if_any_fails_else_conditional_if_any_is()
    {
        var fails = AdmissionRules.Evaluate(Qingdao(), new AdmissionFigures(28_000, 100, null, 1_000, null, null));
        Assert.Equal(AdmissionResult.Fail, fails.Result);
        Assert.Contains("亩均税收：10万元/亩", fails.Reasons, StringComparison.Ordinal);
        var conditional = AdmissionRules.Evaluate(Qingdao(), new AdmissionFigures(27_000, 100, null, 2_000, null, null));
        Assert.Equal(AdmissionResult.Conditional, conditional.Result);
    }

    [Fact]
    public void A_null_threshold_is_not_applied_and_a_missing_figure_is_conditional()
    {
        var verdict = AdmissionRules.Evaluate(Qingdao(), new AdmissionFigures(28_000, 100, null, null, null, null));
        Assert.Equal(AdmissionResult.Conditional, verdict.Result);
        Assert.Contains("亩均产值：未设门槛，不适用", verdict.Lines);
        Assert.Contains(verdict.Lines, l => l.StartsWith("亩均税收：门槛20万元/亩，申请未提供", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, 5, 9, AdmissionResult.Pass)]
    [InlineData(true, 9, 9, AdmissionResult.Pass)]
    [InlineData(true, 5, 9, AdmissionResult.Conditional)]
    [InlineData(true, null, 9, AdmissionResult.Conditional)]
    [InlineData(true, 5, null, AdmissionResult.Pass)]
    public void Chain_fit_when_required_is_conditional_on_a_mismatch(bool required, int? project, int? park, AdmissionResult expected) =>
        Assert.Equal(expected, AdmissionRules.Evaluate(Qingdao(chain: required), new AdmissionFigures(28_000, 100, null, 2_000, project, park)).Result);
}
