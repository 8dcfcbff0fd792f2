using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Promotion;

/// <summary>Which step each state allows: forward only, one step at a time. Going back is the office's reopening
/// (any state but paid, back to registered), never an edit.</summary>
public static class RewardSteps
{
    public static RewardState[] AllowedFrom(RewardStep step) => step switch
    {
        RewardStep.Investment => [RewardState.Registered, RewardState.Computed],
        RewardStep.Confirmation => [RewardState.Computed],
        RewardStep.Notice => [RewardState.Confirmed],
        RewardStep.Objection or RewardStep.Payment => [RewardState.InNotice],
        RewardStep.Reopen => [RewardState.Computed, RewardState.Confirmed, RewardState.InNotice, RewardState.Refused],
        _ => [],
    };

    public static bool Allows(RewardState state, RewardStep step) => AllowedFrom(step).Contains(state);

    public static List<(string Field, string Message)> Check(RewardState state, RewardStep step, Texts t) =>
        Allows(state, step) ? [] : [("", t["当前状态为“{0}”，不能{1}", t[RewardNames.Of(state)].Value, t[RewardNames.Of(step)].Value].Value)];

    /// <summary>What the case waits for, as the list shows it.</summary>
    public static string Next(RewardState state) => state switch
    {
        RewardState.Registered => "待确认实际投资",
        RewardState.Computed => "待各单位联合确认",
        RewardState.Confirmed => "待公示",
        RewardState.InNotice => "公示期满后支付",
        RewardState.Paid => "已办结",
        _ => "不予奖励",
    };
}
