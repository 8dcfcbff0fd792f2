using Ballast.Web.Features.Programme;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Programme;

public sealed class IndicatorRulesTests
{
    private static readonly StatusThresholds Defaults = new() { Year = 2023 };

    private static Indicator Make(IndicatorKind kind, decimal? target = null, decimal? baseline = null, DateOnly? deadline = null) =>
        new() { Code = "x", Name = "x", Kind = kind, Target = target, Baseline = baseline, Deadline = deadline };

    [Fact]
    public void A_milestone_is_green_when_done_yellow_before_its_deadline_and_red_after()
    {
        var m = Make(IndicatorKind.Milestone, deadline: new DateOnly(2023, 6, 30));
        Assert.Equal(Status.Green, IndicatorStatus.Evaluate(m, null, true, 3, 2023, Defaults).Status);
        Assert.Equal(Status.Yellow, IndicatorStatus.Evaluate(m, null, false, 6, 2023, Defaults).Status);
        Assert.Equal(Status.Red, IndicatorStatus.Evaluate(m, null, false, 7, 2023, Defaults).Status);
        Assert.Equal(Status.NotReported, IndicatorStatus.Evaluate(m, null, null, 7, 2023, Defaults).Status);
    }

    [Theory]
    [InlineData(0.4, Status.Green)]
    [InlineData(0, Status.Yellow)]
    [InlineData(-0.2, Status.Red)]
    public void A_direction_only_indicator_goes_by_the_sign_of_the_change(double change, Status expected) =>
        Assert.Equal(expected, IndicatorStatus.Evaluate(Make(IndicatorKind.Direction), (decimal)change, null, 9, 2023, Defaults).Status);

    [Fact]
    public void A_rate_is_judged_against_its_target_not_time()
    {
        var growth = Make(IndicatorKind.Rate, target: 10);
        Assert.Equal(Status.Green, IndicatorStatus.Evaluate(growth, 10.5m, null, 3, 2023, Defaults).Status);
        Assert.Equal(Status.Yellow, IndicatorStatus.Evaluate(growth, 8m, null, 12, 2023, Defaults).Status);
        Assert.Equal(Status.Red, IndicatorStatus.Evaluate(growth, 5m, null, 12, 2023, Defaults).Status);
    }

    [Fact]
    public void A_cumulative_count_counts_only_what_was_added_since_its_baseline()
    {
        // 70 specialty buildings by year end from 50: 60 at the end of June is half the way at half the year.
        var buildings = Make(IndicatorKind.Count, target: 70, baseline: 50);
        var p = IndicatorStatus.Evaluate(buildings, 60m, null, 6, 2023, Defaults);
        Assert.Equal(50.00m, p.CompletionPercent);
        Assert.Equal(0.00m, p.Gap);
        Assert.Equal(Status.Green, p.Status);
    }

    [Fact]
    public void No_value_is_not_reported_never_zero()
    {
        var p = IndicatorStatus.Evaluate(Make(IndicatorKind.Count, target: 500), null, null, 9, 2023, Defaults);
        Assert.Equal(Status.NotReported, p.Status);
        Assert.Null(p.CompletionPercent);
        Assert.Null(IndicatorStatus.Score(p.Status));
    }

    [Fact]
    public void Roll_up_weighs_the_reported_items_and_shows_its_formula()
    {
        // (2×100 + 1×60 + 1×0) ÷ 4 = 65.0; the unreported item is left out and counted beside.
        var r = Rollup.Of([(2m, 100m), (1m, 60m), (1m, 0m), (3m, null)]);
        Assert.Equal(65.0m, r.Score);
        Assert.Equal(Status.Yellow, r.Status);
        Assert.Equal(3, r.Reported);
        Assert.Equal(1, r.NotReported);
        Assert.Equal("(2×100 + 1×60 + 1×0) ÷ 4 = 65.0", r.Formula);
    }

    [Fact]
    public void Roll_up_of_nothing_reported_is_not_reported()
    {
        var r = Rollup.Of([(1m, null), (1m, null)]);
        Assert.Equal(Status.NotReported, r.Status);
        Assert.Null(r.Score);
        Assert.Equal(Status.Green, Rollup.Of([(1m, 100m), (1m, 80m)]).Status);
        Assert.Equal(Status.Red, Rollup.Of([(1m, 0m), (1m, 100m)]).Status);
    }
}
