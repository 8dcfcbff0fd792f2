using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Enterprises;
using static Ballast.Tests.Compendium.Facts;

namespace Ballast.Tests.Compendium;

/// <summary>The evaluator on hand-worked fixtures: every kind and operator, the boundaries, unknown figures, validity on the day.</summary>
public sealed class EligibilityTests
{
    [Theory]
    [InlineData(ConditionOperator.AtLeast, 2000, 2000, ConditionOutcome.Met)]
    [InlineData(ConditionOperator.AtLeast, 2000, 1999.99, ConditionOutcome.Missed)]
    [InlineData(ConditionOperator.AtLeast, 2000, 3200, ConditionOutcome.Met)]
    [InlineData(ConditionOperator.AtMost, 2000, 2000, ConditionOutcome.Met)]
    [InlineData(ConditionOperator.AtMost, 2000, 2000.01, ConditionOutcome.Missed)]
    [InlineData(ConditionOperator.AtMost, 2000, 0, ConditionOutcome.Met)]
    public void A_figure_at_its_threshold_counts_as_met(ConditionOperator op, double threshold, double revenue, ConditionOutcome expected)
    {
        var firm = Firm(years: [Year(2022, revenue: (decimal)revenue)]);
        Assert.Equal(expected, Judge(firm, Figure("Revenue", op, (decimal)threshold)).Outcome);
    }

    [Fact]
    public void The_reason_carries_the_figures()
    {
        var firm = Firm(years: [Year(2022, revenue: 3200m)]);
        Assert.Equal("2022年营业收入 3,200 万元 ≥ 2,000 万元", Judge(firm, Figure("Revenue", ConditionOperator.AtLeast, 2000m)).Chinese);
        Assert.Equal("2022年营业收入 3,200 万元 > 2,000 万元", Judge(firm, Figure("Revenue", ConditionOperator.AtMost, 2000m)).Chinese);
        var people = Firm(years: [Year(2023, employees: 80)]);
        Assert.Equal("2023年从业人员 80 人 < 100 人", Judge(people, Figure("Employees", ConditionOperator.AtLeast, 100m, 0)).Chinese);
    }

    [Fact]
    public void A_figure_nobody_reported_is_unknown_never_zero()
    {
        // AtMost would pass a zero: an unreported figure must not.
        var noYear = Firm(years: [Year(2023, revenue: 100m)]);
        var noFigure = Firm(years: [Year(2022, employees: 10)]);
        foreach (var firm in new[] { noYear, noFigure })
        {
            var reason = Judge(firm, Figure("Revenue", ConditionOperator.AtMost, 2000m));
            Assert.Equal(ConditionOutcome.Unknown, reason.Outcome);
            Assert.Equal("2022年营业收入未报，需核实", reason.Chinese);
        }
    }

    [Fact]
    public void One_unknown_and_no_miss_needs_checking_one_miss_refuses()
    {
        var firm = Firm(years: [Year(2022, employees: 10)]);
        var unknown = Figure("Revenue", ConditionOperator.AtLeast, 1m);
        var met = List(ConditionKind.Region, "370211");
        var missed = List(ConditionKind.Industry, "26");
        Assert.Equal(Verdict.NeedsChecking, Eligibility.Evaluate(firm, [met, unknown], 2023, Day).Verdict);
        Assert.Equal(Verdict.NotEligible, Eligibility.Evaluate(firm, [met, unknown, missed], 2023, Day).Verdict);
        Assert.Equal(Verdict.Eligible, Eligibility.Evaluate(firm, [met], 2023, Day).Verdict);
        Assert.Equal(3, Eligibility.Evaluate(firm, [met, unknown, missed], 2023, Day).Reasons.Count);
    }

    [Theory]
    [InlineData(ConditionKind.Region, "370211", ConditionOperator.In, ConditionOutcome.Met)]
    [InlineData(ConditionKind.Region, "370212,370213", ConditionOperator.In, ConditionOutcome.Missed)]
    [InlineData(ConditionKind.Region, "370200", ConditionOperator.In, ConditionOutcome.Met)]
    [InlineData(ConditionKind.Region, "370000", ConditionOperator.In, ConditionOutcome.Met)]
    [InlineData(ConditionKind.Region, "370300", ConditionOperator.In, ConditionOutcome.Missed)]
    [InlineData(ConditionKind.Region, "370211", ConditionOperator.NotIn, ConditionOutcome.Missed)]
    [InlineData(ConditionKind.Region, "370212", ConditionOperator.NotIn, ConditionOutcome.Met)]
    [InlineData(ConditionKind.Industry, "26,39", ConditionOperator.In, ConditionOutcome.Met)]
    [InlineData(ConditionKind.Industry, "3", ConditionOperator.In, ConditionOutcome.Missed)]
    [InlineData(ConditionKind.Industry, "39", ConditionOperator.NotIn, ConditionOutcome.Missed)]
    [InlineData(ConditionKind.Chain, "chain-01", ConditionOperator.In, ConditionOutcome.Met)]
    [InlineData(ConditionKind.Chain, "chain-02", ConditionOperator.In, ConditionOutcome.Missed)]
    [InlineData(ConditionKind.Chain, "chain-02", ConditionOperator.NotIn, ConditionOutcome.Met)]
    public void Lists_match_by_code(ConditionKind kind, string values, ConditionOperator op, ConditionOutcome expected) =>
        Assert.Equal(expected, Judge(Firm(), List(kind, values, op)).Outcome);

    [Fact]
    public void A_missing_division_is_unknown_and_no_chain_is_a_miss()
    {
        Assert.Equal(ConditionOutcome.Unknown, Judge(Firm(division: null), List(ConditionKind.Industry, "39")).Outcome);
        Assert.Equal(ConditionOutcome.Unknown, Judge(Firm(division: null), List(ConditionKind.Industry, "39", ConditionOperator.NotIn)).Outcome);
        Assert.Equal(ConditionOutcome.Missed, Judge(Firm(chain: null), List(ConditionKind.Chain, "chain-01")).Outcome);
        Assert.Equal(ConditionOutcome.Met, Judge(Firm(chain: null), List(ConditionKind.Chain, "chain-01", ConditionOperator.NotIn)).Outcome);
    }

    [Fact]
    public void Size_class_is_that_of_the_year_asked()
    {
        var firm = Firm(years: [Year(2022, size: SizeClass.Small), Year(2023, size: SizeClass.Medium)]);
        Assert.Equal(ConditionOutcome.Met, Judge(firm, List(ConditionKind.SizeClass, "Small,Micro", offset: -1)).Outcome);
        Assert.Equal(ConditionOutcome.Missed, Judge(firm, List(ConditionKind.SizeClass, "Small,Micro", offset: 0)).Outcome);
        Assert.Equal(ConditionOutcome.Unknown, Judge(firm, List(ConditionKind.SizeClass, "Small", offset: -2)).Outcome);
        Assert.Equal(ConditionOutcome.Met, Judge(firm, List(ConditionKind.SizeClass, "Large", ConditionOperator.NotIn, 0)).Outcome);
        Assert.Equal("2022年企业规模：小型，属所列范围", Judge(firm, List(ConditionKind.SizeClass, "Small", offset: -1)).Chinese);
    }

    [Fact]
    public void A_designation_counts_through_its_expiry_day_and_not_after()
    {
        HeldDesignation Held(DateOnly? expires, int year = 2021) => new("little-giant", "专精特新小巨人", year, expires);
        var c = List(ConditionKind.Designation, "little-giant,single-champion");
        Assert.Equal(ConditionOutcome.Met, Judge(Firm(designations: [Held(Day)]), c).Outcome);
        Assert.Equal(ConditionOutcome.Missed, Judge(Firm(designations: [Held(Day.AddDays(-1))]), c).Outcome);
        Assert.Equal(ConditionOutcome.Met, Judge(Firm(designations: [Held(null)]), c).Outcome);
        Assert.Equal(ConditionOutcome.Missed, Judge(Firm(designations: [Held(null, 2024)]), c).Outcome);
        Assert.Equal(ConditionOutcome.Missed, Judge(Firm(), c).Outcome);
        var notHeld = List(ConditionKind.Designation, "little-giant", ConditionOperator.NotIn);
        Assert.Equal(ConditionOutcome.Met, Judge(Firm(designations: [Held(Day.AddDays(-1))]), notHeld).Outcome);
        Assert.Contains("2023-06-29到期", Judge(Firm(designations: [Held(Day.AddDays(-1))]), c).Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_park_stay_counts_from_entry_until_the_day_before_leaving()
    {
        ParkStay Stay(DateOnly entered, DateOnly? left) => new(501, "董家口经济区", entered, left);
        var c = List(ConditionKind.Park, "501,502");
        Assert.Equal(ConditionOutcome.Met, Judge(Firm(parks: [Stay(Day, null)]), c).Outcome);
        Assert.Equal(ConditionOutcome.Missed, Judge(Firm(parks: [Stay(Day.AddDays(1), null)]), c).Outcome);
        Assert.Equal(ConditionOutcome.Met, Judge(Firm(parks: [Stay(new DateOnly(2020, 1, 1), Day.AddDays(1))]), c).Outcome);
        Assert.Equal(ConditionOutcome.Missed, Judge(Firm(parks: [Stay(new DateOnly(2020, 1, 1), Day)]), c).Outcome);
        Assert.Equal(ConditionOutcome.Missed, Judge(Firm(parks: [new ParkStay(503, "其他园区", new DateOnly(2020, 1, 1), null)]), c).Outcome);
        Assert.Contains("迁出", Judge(Firm(parks: [Stay(new DateOnly(2020, 1, 1), Day)]), c).Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConditionKind.AboveScale, true, false, ConditionOutcome.Met)]
    [InlineData(ConditionKind.AboveScale, false, true, ConditionOutcome.Missed)]
    [InlineData(ConditionKind.Listed, false, true, ConditionOutcome.Met)]
    [InlineData(ConditionKind.Listed, true, false, ConditionOutcome.Missed)]
    public void Flags_are_known_facts(ConditionKind kind, bool above, bool listed, ConditionOutcome expected) =>
        Assert.Equal(expected, Judge(Firm(above: above, listed: listed), new PolicyCondition { Kind = kind, Operator = ConditionOperator.IsTrue }).Outcome);

    [Fact]
    public void Only_an_in_force_policy_whose_dates_cover_the_day_is_offered()
    {
        Assert.True(PolicyWindow.InForceOn(PolicyStatus.InForce, Day, Day, Day));
        Assert.False(PolicyWindow.InForceOn(PolicyStatus.InForce, Day.AddDays(1), null, Day));
        Assert.False(PolicyWindow.InForceOn(PolicyStatus.InForce, null, Day.AddDays(-1), Day));
        Assert.False(PolicyWindow.InForceOn(PolicyStatus.Expired, null, null, Day));
        Assert.False(PolicyWindow.InForceOn(PolicyStatus.Replaced, null, null, Day));
        Assert.Equal(new DateOnly(2023, 12, 31), PolicyWindow.DefaultDay(2023, new DateOnly(2026, 12, 2)));
        Assert.Equal(new DateOnly(2023, 7, 10), PolicyWindow.DefaultDay(2023, new DateOnly(2023, 7, 10)));
    }
}
