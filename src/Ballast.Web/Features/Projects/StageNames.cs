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
}
