using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Parks;

/// <summary>The words pages and exports show for the park's states; the localizer gives the English ones.</summary>
public static class ParkNames
{
    public static string Status(Texts t, ParkStatus s) => s switch
    {
        ParkStatus.Listed => t["已挂牌"],
        ParkStatus.Revoked => t["已撤销"],
        _ => t["筹建"],
    };

    public static string Item(Texts t, MechanismItem item) => item switch
    {
        MechanismItem.TaskForce => t["一个工作专班"],
        MechanismItem.Plan => t["一个发展规划"],
        MechanismItem.PolicyPackage => t["一套政策包"],
        MechanismItem.PromotionTeam => t["一支招商队伍"],
        _ => t["一只产业基金"],
    };

    public static string State(Texts t, MechanismState s) => s switch
    {
        MechanismState.InPlace => t["已建立"],
        MechanismState.InProgress => t["推进中"],
        _ => t["未建立"],
    };

    public static string WorkState(Texts t, WorkItemState s) => s switch
    {
        WorkItemState.Done => t["已完成"],
        WorkItemState.Cancelled => t["已取消"],
        _ => t["进行中"],
    };

    public static string Source(Texts t, OutputSource s) => s switch
    {
        OutputSource.Entered => t["录入"],
        OutputSource.Firms => t["企业合计"],
        _ => t["未报"],
    };
}
