namespace Ballast.Web.Features.Compendium;

/// <summary>What a condition must say, by kind. Pure: the caller gives the catalogue of known codes. Each refusal names
/// the field as Conditions[i].Field.</summary>
public static class ConditionRules
{
    public const int MaxConditions = 30;
    public const int MinYearOffset = -3;

    public static bool IsList(ConditionKind kind) => kind is not (ConditionKind.Figure or ConditionKind.AboveScale or ConditionKind.Listed);

    public static IReadOnlyList<ConditionOperator> OperatorsFor(ConditionKind kind) =>
        kind == ConditionKind.Figure ? [ConditionOperator.AtLeast, ConditionOperator.AtMost]
        : IsList(kind) ? [ConditionOperator.In, ConditionOperator.NotIn] : [ConditionOperator.IsTrue];

    /// <summary>Whether the year offset means something for the kind (figures and size classes are yearly).</summary>
    public static bool IsYearly(ConditionKind kind) => kind is ConditionKind.Figure or ConditionKind.SizeClass;

    public static List<(string Field, string Message)> Check(IReadOnlyList<ConditionInput> list, ConditionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<(string, string)>();
        if (list.Count > MaxConditions)
        {
            errors.Add(("Conditions", "一项政策最多设置30个条件"));
        }
        for (var i = 0; i < list.Count; i++)
        {
            errors.AddRange(Check(list[i], catalog).Select(e => ($"Conditions[{i}].{e.Field}", e.Message)));
        }
        return errors;
    }

    public static List<(string Field, string Message)> Check(ConditionInput c, ConditionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<(string, string)>();
        if (!Enum.IsDefined(c.Kind))
        {
            errors.Add((nameof(c.Kind), "条件类别不存在"));
            return errors;
        }
        if (c.Operator is not { } op || !OperatorsFor(c.Kind).Contains(op))
        {
            errors.Add((nameof(c.Operator), "该类条件不能使用此比较方式"));
        }
        if (c.YearOffset < MinYearOffset || c.YearOffset > 0)
        {
            errors.Add((nameof(c.YearOffset), "年度须为当年或前三年之内（-3至0）"));
        }
        if (c.Label is { Length: > 300 })
        {
            errors.Add((nameof(c.Label), "政策原文表述不超过300字"));
        }
        if (c.Kind == ConditionKind.Figure)
        {
            if (FigureFields.Find(c.Field) is null)
            {
                errors.Add((nameof(c.Field), "请选择指标"));
            }
            if (c.Threshold is not { } t)
            {
                errors.Add((nameof(c.Threshold), "指标条件须填写门槛值"));
            }
            else if (t < 0 || t > 100_000_000m)
            {
                errors.Add((nameof(c.Threshold), "门槛值须在0至1亿之间"));
            }
        }
        else if (catalog.For(c.Kind) is { } known)
        {
            var values = c.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
            if (values.Count == 0)
            {
                errors.Add((nameof(c.Values), "请至少选择一项"));
            }
            else if (values.Any(v => !known.Contains(v)))
            {
                errors.Add((nameof(c.Values), "所选代码不存在"));
            }
        }
        return errors;
    }
}
