using Ballast.Web.Common.Tracking;
using Ballast.Web.Features.Chains;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Chains;

/// <summary>The chain rules on their own: output from firms first, entered only where no firm reported, otherwise not
/// reported; growth only on one basis; status by the programme's words; the node hint; who may edit.</summary>
public sealed class ChainFigureRuleTests
{
    private static readonly StatusThresholds Thresholds = new() { Year = 2023 };

    /// <summary>Every combination of firms reporting (none, some) and an entered figure (none, some).</summary>
    public static TheoryData<int, decimal?> OutputCases()
    {
        var data = new TheoryData<int, decimal?>();
        foreach (var firms in new[] { 0, 1, 7 })
        {
            foreach (var entered in new decimal?[] { null, 0m, 12_345.6m })
            {
                data.Add(firms, entered);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OutputCases))]
    public void Output_comes_from_firms_then_an_entered_figure_then_not_reported(int firms, decimal? entered)
    {
        var sums = new FirmSums(firms * 100m, firms, 0m, 0m, 0);
        var output = ChainFigureRule.Output(2023, sums, entered, "统计年鉴");

        if (firms > 0)
        {
            Assert.Equal((OutputBasis.Firms, (decimal?)(firms * 100m)), (output.Basis, output.Wan));
            Assert.Null(output.Source);
        }
        else if (entered is { } e)
        {
            Assert.Equal((OutputBasis.Entered, (decimal?)e, "统计年鉴"), (output.Basis, output.Wan, output.Source));
        }
        else
        {
            Assert.Equal(OutputBasis.NotReported, output.Basis);
            Assert.Null(output.Wan);
        }
    }

    [Theory]
    [InlineData(OutputBasis.Firms, OutputBasis.Entered)]
    [InlineData(OutputBasis.Entered, OutputBasis.Firms)]
    [InlineData(OutputBasis.NotReported, OutputBasis.Firms)]
    [InlineData(OutputBasis.Firms, OutputBasis.NotReported)]
    [InlineData(OutputBasis.NotReported, OutputBasis.NotReported)]
    [InlineData(OutputBasis.Entered, OutputBasis.NotReported)]
    public void Growth_across_bases_or_a_missing_year_is_not_reported(OutputBasis now, OutputBasis before)
    {
        var growth = ChainFigureRule.Growth(Of(2023, now, 120m), Of(2022, before, 100m), new FirmSums(120m, 2, 120m, 100m, 2));
        Assert.Null(growth.Percent);
        Assert.Null(growth.Basis);
    }

    [Fact]
    public void Growth_on_firms_compares_only_the_firms_that_reported_both_years()
    {
        // 180 this year from three firms, 120 last year from two; the third firm is new, so like for like is 150 over 120.
        var growth = ChainFigureRule.Growth(Of(2023, OutputBasis.Firms, 180m), Of(2022, OutputBasis.Firms, 120m), new FirmSums(180m, 3, 150m, 120m, 2));
        Assert.Equal((25.00m, OutputBasis.Firms), (growth.Percent!.Value, growth.Basis!.Value));
        // No firm reported both years: nothing to compare.
        Assert.Null(ChainFigureRule.Growth(Of(2023, OutputBasis.Firms, 180m), Of(2022, OutputBasis.Firms, 120m), new FirmSums(180m, 3, 0m, 0m, 0)).Percent);
    }

    [Theory]
    [InlineData(110, 100, 10)]
    [InlineData(90, 100, -10)]
    [InlineData(100, 100, 0)]
    [InlineData(100, 0, null)]
    public void Growth_on_entered_figures_compares_them(int now, int before, int? expected)
    {
        var growth = ChainFigureRule.Growth(Of(2023, OutputBasis.Entered, now), Of(2022, OutputBasis.Entered, before), FirmSums.None);
        Assert.Equal(expected is { } e ? (decimal?)e : null, growth.Percent);
    }

    [Theory]
    [InlineData(110, 100, Status.Green)]
    [InlineData(100, 100, Status.Green)]
    [InlineData(90, 100, Status.Yellow)]
    [InlineData(60, 100, Status.Red)]
    public void Status_against_the_output_target_uses_the_programme_words(int output, int target, Status expected)
    {
        var progress = ChainFigureRule.Judge(Of(2023, OutputBasis.Firms, output), target, Thresholds);
        Assert.Equal(expected, progress.Status);
        Assert.NotEqual("未报", ProgressRule.Name(progress.Status));
    }

    [Fact]
    public void No_output_or_no_target_is_not_reported_never_on_track()
    {
        Assert.Equal(Status.NotReported, ChainFigureRule.Judge(ChainOutput.NotReported(2023), 100m, Thresholds).Status);
        Assert.Equal(Status.NotReported, ChainFigureRule.Judge(Of(2023, OutputBasis.Firms, 100m), null, Thresholds).Status);
    }

    [Fact]
    public void The_target_output_is_the_one_set_or_last_year_grown_by_the_growth_target()
    {
        Assert.Equal(500m, ChainFigureRule.TargetOutput(Of(2022, OutputBasis.Entered, 100m), 500m, 10m));
        Assert.Equal(110m, ChainFigureRule.TargetOutput(Of(2022, OutputBasis.Entered, 100m), null, 10m));
        Assert.Null(ChainFigureRule.TargetOutput(ChainOutput.NotReported(2022), null, 10m));
    }

    [Theory]
    [InlineData(0, null, NodeStatus.Missing)]
    [InlineData(0, 500_000, NodeStatus.Missing)]
    [InlineData(1, 500_000, NodeStatus.Weak)]
    [InlineData(2, null, NodeStatus.Weak)]
    [InlineData(3, null, NodeStatus.Strong)]
    [InlineData(3, 99_999, NodeStatus.Weak)]
    [InlineData(3, 100_000, NodeStatus.Strong)]
    [InlineData(40, 2_000_000, NodeStatus.Strong)]
    public void The_node_hint_follows_firms_and_output(int firms, int? output, NodeStatus expected) =>
        Assert.Equal(expected, NodeHint.Of(firms, output));

    [Theory]
    [InlineData(true, true, new int[0], true)]
    [InlineData(false, true, new[] { 5 }, true)]
    [InlineData(false, true, new[] { 6 }, false)]
    [InlineData(false, true, new int[0], false)]
    [InlineData(true, false, new[] { 5 }, false)]
    [InlineData(false, false, new[] { 5 }, false)]
    public void Editing_belongs_to_the_task_force_and_the_programme_office(bool writesAll, bool business, int[] userUnits, bool expected)
    {
        var scope = new UserScope();
        scope.SetUser(1, "u", readsAll: true, writesAll: writesAll && business, userUnits, business);
        Assert.Equal(expected, ChainAccess.CanEdit(scope, [5, 9]));
    }

    private static ChainOutput Of(int year, OutputBasis basis, decimal wan) =>
        basis == OutputBasis.NotReported ? ChainOutput.NotReported(year) : new ChainOutput(year, wan, basis, 1, null);
}
