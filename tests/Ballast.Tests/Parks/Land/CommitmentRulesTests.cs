using Ballast.Web.Features.Parks;

namespace Ballast.Tests.Parks.Land;

/// <summary>A commitment against what was reached: equal is met, a cent less is a breach, a missing figure is named and
/// never judged as zero; yearly figures count only for full years after production.</summary>
public sealed class CommitmentRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static LandCommitment Promise(decimal? investment = null, decimal? output = null, decimal? tax = null, DateOnly? startBy = null,
        DateOnly? productionBy = null) =>
        new() { InvestmentPerMu = investment, OutputPerMu = output, TaxPerMu = tax, StartBy = startBy, ProductionBy = productionBy };

    private static CommitmentFacts Facts(decimal land, decimal? invested, DateOnly? operating, params FirmYearFigures[] years) =>
        new(land, invested, false, new DateOnly(2021, 3, 1), operating, null, years, Today);

    [Theory]
    [InlineData(28_000, CheckState.Met)]     // exactly 280 万元/亩 on 100 亩
    [InlineData(27_999.99, CheckState.Breached)]
    [InlineData(30_000, CheckState.Met)]
    public void Investment_intensity_equal_to_the_promise_is_met(decimal invested, CheckState expected)
    {
        var check = Assert.Single(CommitmentRules.Assess(Promise(investment: 280), Facts(100, invested, new DateOnly(2022, 6, 1))));
        Assert.Equal(expected, check.State);
    }

    [Fact]
    public void Investment_is_judged_only_after_production_and_never_from_a_missing_figure()
    {
        Assert.Equal(CheckState.NotDue, Assert.Single(CommitmentRules.Assess(Promise(investment: 280), Facts(100, 1, null))).State);
        var missing = Assert.Single(CommitmentRules.Assess(Promise(investment: 280), Facts(100, null, new DateOnly(2022, 6, 1))));
        Assert.Equal(CheckState.Missing, missing.State);
        Assert.Contains("投资额未报", missing.Line, StringComparison.Ordinal);
    }

    /// <summary>Variants over land sizes: on any land, tax exactly at the promise is met and one 万元 less is not.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(33.3)]
    [InlineData(666.67)]
    public void Yearly_tax_per_mu_meets_at_equality_on_any_land(decimal land)
    {
        var atPromise = 20m * land;
        var checks = CommitmentRules.Assess(Promise(tax: 20), Facts(land, null, new DateOnly(2022, 6, 1),
            new FirmYearFigures(2023, null, atPromise, null), new FirmYearFigures(2024, null, atPromise - 0.01m, null)));
        Assert.Equal([CheckState.Met, CheckState.Breached, CheckState.Missing], checks.Select(c => c.State));
        Assert.Equal([2023, 2024, 2025], checks.Select(c => c.Year));
        Assert.Equal(CheckState.Breached, CommitmentRules.Overall(checks));
    }

    [Fact]
    public void Only_full_years_after_production_up_to_last_year_are_judged()
    {
        var checks = CommitmentRules.Assess(Promise(output: 500), Facts(10, null, new DateOnly(2024, 12, 31), new FirmYearFigures(2024, 1, 1, null),
            new FirmYearFigures(2025, 5_000, 1, null), new FirmYearFigures(2026, 1, 1, null)));
        var check = Assert.Single(checks);
        Assert.Equal((2025, CheckState.Met), (check.Year!.Value, check.State));
    }

    [Fact]
    public void The_years_own_land_comes_first_then_the_firms_then_the_projects()
    {
        var facts = new CommitmentFacts(100, null, false, null, new DateOnly(2022, 1, 1), 50, [new FirmYearFigures(2023, null, 1_000, 40), new(2024, null, 1_000, null)],
            Today);
        var checks = CommitmentRules.Assess(Promise(tax: 25), facts);
        Assert.Equal([25m, 20m], checks.Take(2).Select(c => c.Reached!.Value));
        var projectOnly = facts with { FirmLandMu = null };
        Assert.Equal(10m, CommitmentRules.Assess(Promise(tax: 25), projectOnly)[1].Reached);
    }

    [Fact]
    public void A_missing_figure_is_named_and_not_a_breach()
    {
        var checks = CommitmentRules.Assess(Promise(output: 100, tax: 10), Facts(10, null, new DateOnly(2023, 5, 1), new FirmYearFigures(2024, null, 200, null)));
        Assert.Equal(CheckState.Missing, checks[0].State);
        Assert.Contains("产值未报", checks[0].Line, StringComparison.Ordinal);
        Assert.Equal(CheckState.Met, checks[1].State);
        Assert.Equal(CheckState.Missing, CommitmentRules.Overall(checks.Where(c => c.Year == 2024).ToList()));
    }

    [Theory]
    [InlineData("2021-03-01", "2021-03-01", CheckState.Met)]
    [InlineData("2021-03-01", "2021-02-28", CheckState.Breached)]
    [InlineData(null, "2026-02-28", CheckState.Breached)]
    [InlineData(null, "2026-03-01", CheckState.NotDue)]
    public void Production_on_the_promised_day_is_met_and_a_day_later_is_late(string? operating, string by, CheckState expected)
    {
        var facts = Facts(10, null, operating is null ? null : DateOnly.Parse(operating, System.Globalization.CultureInfo.InvariantCulture));
        var check = Assert.Single(CommitmentRules.Assess(Promise(productionBy: DateOnly.Parse(by, System.Globalization.CultureInfo.InvariantCulture)), facts));
        Assert.Equal(expected, check.State);
    }

    [Fact]
    public void A_promise_must_say_something_and_stay_plausible()
    {
        Assert.Contains(CommitmentRules.Check(new CommitmentInput()), e => e.Field == "InvestmentPerMu");
        Assert.Contains(CommitmentRules.Check(new CommitmentInput { TaxPerMu = 0 }), e => e.Field == "TaxPerMu");
        Assert.Contains(CommitmentRules.Check(new CommitmentInput { StartBy = new(2024, 1, 2), ProductionBy = new(2024, 1, 1) }), e => e.Field == "ProductionBy");
        Assert.Empty(CommitmentRules.Check(new CommitmentInput { InvestmentPerMu = 280, StartBy = new(2024, 1, 1), ProductionBy = new(2024, 1, 1) }));
    }
}
