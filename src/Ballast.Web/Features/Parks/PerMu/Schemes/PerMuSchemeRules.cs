using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Parks;

/// <summary>What makes a scheme valid, beyond the fields' own annotations: formulas that parse over known figures,
/// a benchmark for every ratio indicator, cut-offs in order, division lists that read, unique codes per group.</summary>
public static class PerMuSchemeRules
{
    public static List<(string Field, string Message)> Check(SchemeInput input, Texts t)
    {
        var errors = new List<(string Field, string Message)>();
        if (input.Indicators.Count == 0)
        {
            errors.Add((nameof(input.Indicators), t["请至少设置一项指标"]));
        }
        if (input.Grading == GradeMethod.Percentile && (input.CutA > 100 || input.CutB > 100 || input.CutC > 100))
        {
            errors.Add((nameof(input.CutC), t["按排名分档时，各档累计比例不超过100%"]));
        }
        if (!(input.CutA >= input.CutB && input.CutB >= input.CutC) && input.Grading == GradeMethod.Score)
        {
            errors.Add((nameof(input.CutB), t["按得分分档时，须 A档分界 ≥ B档分界 ≥ C档分界"]));
        }
        if (!(input.CutA <= input.CutB && input.CutB <= input.CutC) && input.Grading == GradeMethod.Percentile)
        {
            errors.Add((nameof(input.CutB), t["按排名分档时，须 A档比例 ≤ A+B档比例 ≤ A+B+C档比例"]));
        }
        foreach (var (field, text) in new[] { (nameof(input.ExemptDivisions), input.ExemptDivisions), (nameof(input.ScopeDivisions), input.ScopeDivisions) })
        {
            if (DivisionSet.Invalid(text).FirstOrDefault() is { } bad)
            {
                errors.Add((field, t["行业大类「{0}」无法识别：请写两位代码或范围，如 13-43", bad]));
            }
        }
        for (var k = 0; k < input.Indicators.Count; k++)
        {
            errors.AddRange(Indicator(input, k, t));
        }
        return errors;
    }

    private static IEnumerable<(string Field, string Message)> Indicator(SchemeInput input, int k, Texts t)
    {
        var i = input.Indicators[k];
        var at = $"Indicators[{k}]";
        var label = string.IsNullOrWhiteSpace(i.Name) ? i.Code : i.Name;
        var parse = FormulaParser.Parse(i.Formula);
        if (!parse.Ok)
        {
            yield return ($"{at}.Formula", t["指标「{0}」的公式第{1}个字符处：{2}{3}", label, parse.Position, t[parse.Error!].Value,
                parse.Detail is null ? "" : $"「{parse.Detail}」"]);
        }
        if (input.Scoring == ScoringMethod.Ratio && i.Benchmark is null)
        {
            yield return ($"{at}.Benchmark", t["指标「{0}」按基准值计分，须填写基准值", label]);
        }
        if (input.Indicators.Take(k).Any(o => o.Group == i.Group && string.Equals(o.Code.Trim(), i.Code.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            yield return ($"{at}.Code", t["指标代码「{0}」在同一企业类别中重复", i.Code]);
        }
    }
}
