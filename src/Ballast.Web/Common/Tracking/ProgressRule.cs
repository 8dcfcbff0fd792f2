namespace Ballast.Web.Common.Tracking;

/// <summary>Status against time progress (时序进度): completion % − elapsed months ÷ 12, coloured by
/// the year's thresholds. No report means "not reported", never zero and never green.</summary>
public static class ProgressRule
{
    /// <summary>Time progress at the end of a month, in percent (June → 50). The first period of a
    /// year is February, covering January–February, so a month below 2 is not a reporting month.</summary>
    public static decimal TimeProgress(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Math.Round(month * 100m / 12m, 2);
    }

    /// <summary>A pending target (null) cannot be judged: shown as not reported until it arrives.</summary>
    public static Progress Evaluate(decimal? completed, decimal? target, int month, StatusThresholds thresholds)
    {
        var time = TimeProgress(month);
        if (completed is not { } done || target is not { } goal)
        {
            return new Progress(null, time, null, Status.NotReported);
        }
        var percent = goal > 0 ? Math.Round(done * 100m / goal, 2) : 100m;
        var gap = Math.Round(percent - month * 100m / 12m, 2);
        return new Progress(percent, time, gap, Colour(gap, thresholds));
    }

    public static Status Colour(decimal gap, StatusThresholds thresholds) =>
        gap >= thresholds.GreenFrom ? Status.Green : gap >= thresholds.RedBelow ? Status.Yellow : Status.Red;

    public static string Name(Status s) => s switch
    {
        Status.Green => "正常",
        Status.Yellow => "滞后",
        Status.Red => "严重滞后",
        _ => "未报",
    };
}
