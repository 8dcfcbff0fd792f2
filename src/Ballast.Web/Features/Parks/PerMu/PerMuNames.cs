namespace Ballast.Web.Features.Parks;

/// <summary>The Chinese words for the per-mu enums (the localisation keys).</summary>
public static class PerMuNames
{
    public static string Of(RunState s) => s switch
    {
        RunState.Draft => "草稿", RunState.Reviewed => "已复核", RunState.Published => "已发布", _ => "已被替代",
    };

    public static string Of(PerMuGroup g) => g == PerMuGroup.AboveScale ? "规上" : "规下";

    public static string Of(ScoringMethod m) => m == ScoringMethod.Ratio ? "基准值比值法" : "极差标准化法";

    public static string Of(GradeMethod m) => m == GradeMethod.Percentile ? "按排名比例分档" : "按得分分档";

    public static string Of(PopulationKind k) => k == PopulationKind.District ? "区市" : "园区";

    public static string Of(PerMuGrade g) => g switch
    {
        PerMuGrade.A => "A类 优先发展", PerMuGrade.B => "B类 支持发展", PerMuGrade.C => "C类 提升发展", PerMuGrade.D => "D类 限制发展", _ => "T 不参评",
    };
}
