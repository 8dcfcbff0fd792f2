namespace Ballast.Web.Features.Programme;

/// <summary>The key projects' year-to-date investment over the second denominator: the sum of the
/// projects' annual plans. The figure is judged against the programme's target (its indicator);
/// this share is shown beside it and named, so the two percentages are never mistaken for each
/// other. Plans still pending (待下达) are outside the sum and counted.</summary>
public sealed record PlanShare(decimal PlansWan, decimal? Percent, int Projects, int PendingPlans)
{
    public static PlanShare Of(decimal ytdWan, decimal plansWan, int projects, int pendingPlans) =>
        new(plansWan, plansWan > 0 ? Math.Round(ytdWan * 100m / plansWan, 2) : null, projects, pendingPlans);
}

/// <summary>The programme's headline figures, in the order every screen shows them. Each is one
/// computed indicator: its value, target and status come from <see cref="IndicatorValues"/>, so the
/// dashboard, the plan, the bulletin and the API cannot disagree.</summary>
public static class HeadlineRules
{
    public static readonly IReadOnlyList<string> Order =
        ["key-projects-count", "key-projects-total", "key-investment-ytd", "big-new-or-started", "chain-signed-5yi"];

    /// <summary>The stated definition of the headline status, shown wherever the status is.</summary>
    public const string StatusRule = "状态按占目标的完成率较时序进度判定";

    public static IndicatorResult? Find(PlanResult? plan, string rule) =>
        plan?.Indicators.FirstOrDefault(x => x.Indicator.ComputedRule == rule);
}
