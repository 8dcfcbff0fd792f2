namespace Ballast.Web.Features.Promotion;

/// <summary>Chinese names of the states and steps; the localizer gives the English ones.</summary>
public static class RewardNames
{
    public static string Of(RewardState state) => state switch
    {
        RewardState.Registered => "已登记",
        RewardState.Computed => "已核算",
        RewardState.Confirmed => "已联合确认",
        RewardState.InNotice => "公示中",
        RewardState.Paid => "已兑付",
        _ => "不予奖励",
    };

    public static string Of(RewardStep step) => step switch
    {
        RewardStep.Investment => "确认实际投资",
        RewardStep.Confirmation => "联合确认",
        RewardStep.Notice => "开始公示",
        RewardStep.Objection => "登记异议",
        RewardStep.Payment => "登记支付",
        _ => "重新办理",
    };

    public static string Colour(RewardState state) => state switch
    {
        RewardState.Paid => "success",
        RewardState.Refused => "secondary",
        RewardState.InNotice => "info",
        RewardState.Confirmed => "primary",
        _ => "warning",
    };
}
