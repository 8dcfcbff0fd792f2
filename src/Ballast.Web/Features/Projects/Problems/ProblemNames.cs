namespace Ballast.Web.Features.Projects;

public static class ProblemNames
{
    public static string Of(ProblemState state) => state switch
    {
        ProblemState.Answered => "已答复",
        ProblemState.Resolved => "已解决",
        ProblemState.Escalated => "已提级",
        _ => "待办理",
    };
}
