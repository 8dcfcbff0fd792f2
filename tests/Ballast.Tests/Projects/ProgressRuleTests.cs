using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Projects;

/// <summary>Status against time progress (时序进度), checked against the worked examples of
/// cn-standards.md: month ÷ 12, gap = completion % − time progress, colours from thresholds,
/// and no report is "not reported" — never green, never 0 %.</summary>
public sealed class ProgressRuleTests
{
    private static readonly StatusThresholds Default = new();

    [Theory]
    [InlineData(2, "16.67")]   // the first report of a year covers January–February
    [InlineData(3, "25.00")]
    [InlineData(6, "50.00")]   // 时间过半
    [InlineData(9, "75.00")]
    [InlineData(10, "83.33")]
    [InlineData(12, "100.00")]
    public void Time_progress_is_elapsed_months_over_twelve(int month, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ProgressRule.TimeProgress(month));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_month_outside_the_year_is_refused(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgressRule.TimeProgress(month));
    }

    [Fact]
    public void Ninety_percent_at_the_end_of_September_is_fifteen_points_ahead()
    {
        var p = ProgressRule.Evaluate(90m, 100m, 9, Default);

        Assert.Equal(90.00m, p.CompletionPercent);
        Assert.Equal(75.00m, p.TimeProgressPercent);
        Assert.Equal(15.00m, p.Gap);
        Assert.Equal(Status.Green, p.Status);
    }

    [Fact]
    public void Seventy_point_four_one_percent_at_the_end_of_October_is_twelve_point_nine_two_behind()
    {
        var p = ProgressRule.Evaluate(70.41m, 100m, 10, Default);

        Assert.Equal(70.41m, p.CompletionPercent);
        Assert.Equal(-12.92m, p.Gap);
        Assert.Equal(Status.Yellow, p.Status);
    }

    [Fact]
    public void The_worked_examples_hold_for_amounts_in_wan_yuan()
    {
        // 1,700 亿 planned: 1,530 亿 done by September, 1,196.97 亿 done by October.
        Assert.Equal(15.00m, ProgressRule.Evaluate(15_300_000m, 17_000_000m, 9, Default).Gap);
        var october = ProgressRule.Evaluate(11_969_700m, 17_000_000m, 10, Default);
        Assert.Equal(70.41m, october.CompletionPercent);
        Assert.Equal(-12.92m, october.Gap);
    }

    [Theory]
    [InlineData("0", Status.Green)]
    [InlineData("0.01", Status.Green)]
    [InlineData("-0.01", Status.Yellow)]
    [InlineData("-29.99", Status.Yellow)]
    [InlineData("-30", Status.Yellow)]
    [InlineData("-30.01", Status.Red)]
    [InlineData("-100", Status.Red)]
    public void Default_thresholds_colour_the_edges(string gap, Status expected)
    {
        Assert.Equal(expected, ProgressRule.Colour(decimal.Parse(gap, System.Globalization.CultureInfo.InvariantCulture), Default));
    }

    [Theory]
    [InlineData("50", Status.Green)]      // exactly on time progress in June
    [InlineData("49.99", Status.Yellow)]  // 0.01 behind
    [InlineData("20", Status.Yellow)]     // 30 behind
    [InlineData("19.99", Status.Red)]     // 30.01 behind
    public void Evaluate_colours_the_edges_in_June(string completed, Status expected)
    {
        var p = ProgressRule.Evaluate(decimal.Parse(completed, System.Globalization.CultureInfo.InvariantCulture), 100m, 6, Default);
        Assert.Equal(expected, p.Status);
    }

    [Fact]
    public void February_gap_is_taken_against_the_exact_sixth_not_the_rounded_percent()
    {
        // 16.67 % is 0.0033 ahead of 1/6 (rounds to 0.00, green); 16.66 % is 0.0067 behind (−0.01, yellow).
        var ahead = ProgressRule.Evaluate(16.67m, 100m, 2, Default);
        var behind = ProgressRule.Evaluate(16.66m, 100m, 2, Default);
        Assert.Equal(0.00m, ahead.Gap);
        Assert.Equal(Status.Green, ahead.Status);
        Assert.Equal(-0.01m, behind.Gap);
        Assert.Equal(Status.Yellow, behind.Status);
    }

    [Theory]
    // Yinchuan-style: yellow 10–30 points behind, red over 30.
    [InlineData("-10", Status.Green)]
    [InlineData("-10.01", Status.Yellow)]
    [InlineData("-30", Status.Yellow)]
    [InlineData("-30.01", Status.Red)]
    public void Custom_thresholds_move_the_edges(string gap, Status expected)
    {
        var yinchuan = new StatusThresholds { GreenFrom = -10m, RedBelow = -30m };
        Assert.Equal(expected, ProgressRule.Colour(decimal.Parse(gap, System.Globalization.CultureInfo.InvariantCulture), yinchuan));
    }

    [Fact]
    public void Stricter_custom_thresholds_turn_a_small_lead_yellow_and_a_default_yellow_red()
    {
        var strict = new StatusThresholds { GreenFrom = 5m, RedBelow = -10m };
        Assert.Equal(Status.Yellow, ProgressRule.Evaluate(79.99m, 100m, 9, strict).Status);  // +4.99
        Assert.Equal(Status.Green, ProgressRule.Evaluate(80m, 100m, 9, strict).Status);      // +5.00
        Assert.Equal(Status.Red, ProgressRule.Evaluate(64.99m, 100m, 9, strict).Status);     // −10.01
        Assert.Equal(Status.Yellow, ProgressRule.Evaluate(64.99m, 100m, 9, Default).Status);
    }

    [Fact]
    public void No_report_is_not_reported_never_green_and_never_zero_percent()
    {
        var p = ProgressRule.Evaluate(null, 100m, 9, Default);

        Assert.Equal(Status.NotReported, p.Status);
        Assert.Null(p.CompletionPercent);
        Assert.Null(p.Gap);
        Assert.Equal(75.00m, p.TimeProgressPercent);
        Assert.Equal("未报", ProgressRule.Name(p.Status));

        // Even with thresholds under which everything would be green.
        var lenient = new StatusThresholds { GreenFrom = -100m, RedBelow = -200m };
        Assert.Equal(Status.NotReported, ProgressRule.Evaluate(null, 100m, 9, lenient).Status);
    }

    [Fact]
    public void A_reported_zero_is_red_and_distinct_from_no_report()
    {
        var zero = ProgressRule.Evaluate(0m, 100m, 9, Default);
        Assert.Equal(0m, zero.CompletionPercent);
        Assert.Equal(-75.00m, zero.Gap);
        Assert.Equal(Status.Red, zero.Status);
    }

    [Fact]
    public void Status_names_are_words_not_colours_alone()
    {
        Assert.Equal("正常", ProgressRule.Name(Status.Green));
        Assert.Equal("滞后", ProgressRule.Name(Status.Yellow));
        Assert.Equal("严重滞后", ProgressRule.Name(Status.Red));
    }
}
