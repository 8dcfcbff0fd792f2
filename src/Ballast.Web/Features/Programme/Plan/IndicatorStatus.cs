using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>An indicator's status in a period, by its kind: counts and amounts against time
/// progress (from the baseline when there is one); rates against the target itself; milestones by
/// their deadline; direction-only by the sign of the change. No value is "not reported".</summary>
public static class IndicatorStatus
{
    public static Progress Evaluate(Indicator i, decimal? value, bool? done, int month, int year, StatusThresholds t)
    {
        var time = ProgressRule.TimeProgress(month);
        switch (i.Kind)
        {
            case IndicatorKind.Milestone:
                if (done is null)
                {
                    return new Progress(null, time, null, Status.NotReported);
                }
                var deadline = i.Deadline ?? new DateOnly(year, 12, 31);
                var periodEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
                return new Progress(done.Value ? 100m : 0m, time, null,
                    done.Value ? Status.Green : periodEnd > deadline ? Status.Red : Status.Yellow);
            case IndicatorKind.Direction:
                if (value is not { } change)
                {
                    return new Progress(null, time, null, Status.NotReported);
                }
                return new Progress(null, time, change, change > 0 ? Status.Green : change == 0 ? Status.Yellow : Status.Red);
            case IndicatorKind.Rate:
                if (value is not { } rate || i.Target is not { } goal)
                {
                    return new Progress(null, time, null, Status.NotReported);
                }
                var gap = rate - goal;
                return new Progress(goal == 0 ? null : Math.Round(rate * 100m / goal, 2), time, gap,
                    gap >= 0 ? Status.Green : rate >= goal * 0.7m ? Status.Yellow : Status.Red);
            default:
                if (value is not { } v || i.Target is not { } target)
                {
                    return new Progress(null, time, null, Status.NotReported);
                }
                var baseline = i.Baseline ?? 0m;
                // Only what was added since the baseline counts towards the target.
                return ProgressRule.Evaluate(v - baseline, target - baseline, month, t);
        }
    }

    /// <summary>The score an indicator brings to its task's and battle's roll-up.</summary>
    public static decimal? Score(Status s) => s switch
    {
        Status.Green => 100m,
        Status.Yellow => 60m,
        Status.Red => 0m,
        _ => null,
    };
}
