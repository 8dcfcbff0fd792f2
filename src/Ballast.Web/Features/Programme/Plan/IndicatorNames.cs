namespace Ballast.Web.Features.Programme;

public static class IndicatorNames
{
    public static string KindOf(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => "数量",
        IndicatorKind.Amount => "金额",
        IndicatorKind.Rate => "比率",
        IndicatorKind.Milestone => "里程碑",
        _ => "方向性",
    };

    public static string ComparatorOf(TargetComparator c) => c switch
    {
        TargetComparator.AtLeast => "不低于",
        TargetComparator.About => "左右",
        _ => "达到",
    };
}
