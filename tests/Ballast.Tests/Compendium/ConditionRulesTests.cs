using Ballast.Web.Features.Compendium;

namespace Ballast.Tests.Compendium;

/// <summary>The refusals of the conditions save path, each naming the field and the reason.</summary>
public sealed class ConditionRulesTests
{
    private static readonly ConditionCatalog Catalog = new(Set("370200", "370211"), Set("39", "26"), Set("chain-01"), Set("little-giant"), Set("501"));

    private static HashSet<string> Set(params string[] codes) => [.. codes];

    private static ConditionInput Input(ConditionKind kind, ConditionOperator? op, params string[] values) =>
        new() { Kind = kind, Operator = op, Values = [.. values] };

    private static ConditionInput Revenue(ConditionOperator op, decimal? threshold, int offset = 0) =>
        new() { Kind = ConditionKind.Figure, Operator = op, Field = "Revenue", Threshold = threshold, YearOffset = offset };

    public static TheoryData<ConditionInput, string, string> Refusals() => new()
    {
        { Input(ConditionKind.Region, ConditionOperator.In, "370299"), "Values", "所选代码不存在" },
        { Input(ConditionKind.Industry, ConditionOperator.In), "Values", "请至少选择一项" },
        { Input(ConditionKind.Chain, ConditionOperator.AtLeast, "chain-01"), "Operator", "该类条件不能使用此比较方式" },
        { Input(ConditionKind.Designation, null, "little-giant"), "Operator", "该类条件不能使用此比较方式" },
        { Input(ConditionKind.SizeClass, ConditionOperator.In, "Huge"), "Values", "所选代码不存在" },
        { Input(ConditionKind.Park, ConditionOperator.In, "999"), "Values", "所选代码不存在" },
        { Input(ConditionKind.AboveScale, ConditionOperator.In), "Operator", "该类条件不能使用此比较方式" },
        { Revenue(ConditionOperator.AtLeast, null), "Threshold", "指标条件须填写门槛值" },
        { new ConditionInput { Kind = ConditionKind.Figure, Operator = ConditionOperator.AtLeast, Field = "Profit", Threshold = 1 }, "Field", "请选择指标" },
        { new ConditionInput { Kind = ConditionKind.Figure, Operator = ConditionOperator.In, Field = "Revenue", Threshold = 1 }, "Operator", "该类条件不能使用此比较方式" },
        { Revenue(ConditionOperator.AtMost, -1), "Threshold", "门槛值须在0至1亿之间" },
        { Revenue(ConditionOperator.AtMost, 1, -4), "YearOffset", "年度须为当年或前三年之内（-3至0）" },
        { new ConditionInput { Kind = ConditionKind.SizeClass, Operator = ConditionOperator.In, Values = ["Small"], YearOffset = 1 }, "YearOffset",
            "年度须为当年或前三年之内（-3至0）" },
        { new ConditionInput { Kind = (ConditionKind)42, Operator = ConditionOperator.In }, "Kind", "条件类别不存在" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refusal_names_the_field_and_the_reason(ConditionInput input, string field, string message)
    {
        var ok = Input(ConditionKind.Region, ConditionOperator.In, "370211");
        var errors = ConditionRules.Check([ok, input], Catalog);
        Assert.Contains(($"Conditions[1].{field}", message), errors);
        Assert.DoesNotContain(errors, e => e.Field.StartsWith("Conditions[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_kind_accepts_its_proper_form()
    {
        List<ConditionInput> good =
        [
            Input(ConditionKind.Region, ConditionOperator.NotIn, "370200"), Input(ConditionKind.Industry, ConditionOperator.In, "39", "26"),
            Input(ConditionKind.Chain, ConditionOperator.In, "chain-01"),
            new() { Kind = ConditionKind.SizeClass, Operator = ConditionOperator.In, Values = ["Small", "Micro"], YearOffset = -3 },
            Input(ConditionKind.Designation, ConditionOperator.In, "little-giant"), Input(ConditionKind.Park, ConditionOperator.In, "501"),
            Input(ConditionKind.AboveScale, ConditionOperator.IsTrue), Input(ConditionKind.Listed, ConditionOperator.IsTrue),
            new() { Kind = ConditionKind.Figure, Operator = ConditionOperator.AtLeast, Field = "revenue", Threshold = 2000, YearOffset = -1 },
        ];
        Assert.Empty(ConditionRules.Check(good, Catalog));
        Assert.Contains(("Conditions", "一项政策最多设置30个条件"), ConditionRules.Check([.. Enumerable.Repeat(good[0], 31)], Catalog));
    }
}
