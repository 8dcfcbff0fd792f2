namespace Ballast.Web.Features.Projects;

public static class StageNames
{
    public static string Of(ProjectStage stage) => stage switch
    {
        ProjectStage.Lead => "线索",
        ProjectStage.Negotiating => "在谈",
        ProjectStage.Signed => "签约",
        ProjectStage.Registered => "注册落地",
        ProjectStage.Started => "开工",
        ProjectStage.Operating => "投产",
        ProjectStage.Paused => "暂缓",
        ProjectStage.Dropped => "终止",
        _ => stage.ToString(),
    };

    public static string OriginOf(ProjectOrigin origin) => origin switch
    {
        ProjectOrigin.Referral => "以商招商（引荐）",
        ProjectOrigin.Campaign => "招商活动",
        ProjectOrigin.Agency => "中介机构",
        _ => "自主招商",
    };

    public static string ClassOf(KeyProjectClass c) => c == KeyProjectClass.Construction ? "重点建设类" : "重点准备类";
}
