namespace Ballast.Web.Features.Programme;

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
