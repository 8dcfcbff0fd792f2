namespace Ballast.Web.Features.Compendium;

/// <summary>The Chinese words (localisation keys) for kinds, operators, outcomes and verdicts.</summary>
public static class MatchWords
{
    public static string Kind(ConditionKind k) => k switch
    {
        ConditionKind.Region => "所在区市",
        ConditionKind.Industry => "行业大类",
        ConditionKind.Chain => "所属产业链",
        ConditionKind.SizeClass => "企业规模",
        ConditionKind.Designation => "认定",
        ConditionKind.Figure => "指标门槛",
        ConditionKind.AboveScale => "规上企业",
        ConditionKind.Listed => "上市企业",
        _ => "所在园区",
    };

    public static string Operator(ConditionOperator o) => o switch
    {
        ConditionOperator.In => "属于",
        ConditionOperator.NotIn => "不属于",
        ConditionOperator.AtLeast => "不低于",
        ConditionOperator.AtMost => "不高于",
        _ => "是",
    };

    public static string Outcome(ConditionOutcome o) => o switch
    {
        ConditionOutcome.Met => "符合",
        ConditionOutcome.Missed => "不符合",
        _ => "未报，需核实",
    };

    public static string Verdict(Verdict v) => v switch
    {
        Compendium.Verdict.Eligible => "可享受",
        Compendium.Verdict.NeedsChecking => "需核实",
        _ => "不符合",
    };

    /// <summary>Bootstrap colour of an outcome; always shown beside its word, never alone.</summary>
    public static string Colour(ConditionOutcome o) => o switch
    {
        ConditionOutcome.Met => "success",
        ConditionOutcome.Missed => "danger",
        _ => "warning",
    };

    public static string Colour(Verdict v) => v switch
    {
        Compendium.Verdict.Eligible => "success",
        Compendium.Verdict.NeedsChecking => "warning",
        _ => "danger",
    };

    public static string YearWord(int offset) => offset switch
    {
        0 => "当年",
        -1 => "上年",
        -2 => "前2年",
        _ => "前3年",
    };
}
