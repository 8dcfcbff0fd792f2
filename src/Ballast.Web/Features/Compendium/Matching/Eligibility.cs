using System.Globalization;
using Ballast.Web.Features.Enterprises;

namespace Ballast.Web.Features.Compendium;

/// <summary>Judges a firm's facts against a policy's conditions, with no I/O. A fact the registry lacks (a figure not reported)
/// makes its condition Unknown, never a zero; one Unknown and no Missed makes the firm "needs checking".</summary>
public static class Eligibility
{
    public static FirmVerdict Evaluate(FirmFacts firm, IEnumerable<PolicyCondition> conditions, int year, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(firm);
        var reasons = conditions.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => Judge(firm, c, year, day)).ToList();
        return new FirmVerdict(FirmVerdict.Of(reasons.Select(r => r.Outcome)), reasons);
    }

    public static ConditionReason Judge(FirmFacts firm, PolicyCondition c, int year, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(firm);
        ArgumentNullException.ThrowIfNull(c);
        var listed = ConditionValues.Split(c.Values);
        return c.Kind switch
        {
            ConditionKind.Region => Listed(c, "所在区市", firm.RegionCode is null ? null : firm.DistrictName ?? firm.RegionCode,
                firm.RegionCode is { } r && listed.Any(l => ConditionValues.RegionCovers(l, r))),
            ConditionKind.Industry => Listed(c, "行业大类", firm.DivisionCode,
                firm.DivisionCode is { } d && listed.Contains(d)),
            // A firm outside every chain is a fact of the registry, not a gap in it.
            ConditionKind.Chain => Listed(c, "所属产业链", firm.ChainName ?? firm.ChainCode ?? "未列入产业链", firm.ChainCode is { } ch && listed.Contains(ch)),
            ConditionKind.SizeClass => Size(firm, c, year, listed),
            ConditionKind.Designation => Designation(firm, c, day, listed),
            ConditionKind.Park => Park(firm, c, day, listed),
            ConditionKind.AboveScale => Flag(c, "规上企业", firm.IsAboveScale),
            ConditionKind.Listed => Flag(c, "上市企业", firm.IsListed),
            _ => Figure(firm, c, year),
        };
    }

    private static ConditionReason Listed(PolicyCondition c, string subject, string? value, bool inList)
    {
        if (value is null)
        {
            return Reason(c, ConditionOutcome.Unknown, "{0}：{1}，{2}", subject, "未登记", "需核实");
        }
        var met = c.Operator == ConditionOperator.NotIn ? !inList : inList;
        var phrase = c.Operator == ConditionOperator.NotIn ? (inList ? "在排除之列" : "不在排除之列") : (inList ? "属所列范围" : "不属所列范围");
        return Reason(c, met ? ConditionOutcome.Met : ConditionOutcome.Missed, "{0}：{1}，{2}", subject, value, phrase);
    }

    private static ConditionReason Size(FirmFacts firm, PolicyCondition c, int year, IReadOnlyList<string> listed)
    {
        var y = year + c.YearOffset;
        var size = firm.Years.TryGetValue(y, out var facts) ? facts.SizeClass : null;
        var inner = Listed(c, "企业规模", size is { } s ? SizeClassifier.Name(s) : null, size is { } s2 && listed.Contains(s2.ToString()));
        return inner with { Template = "{3}年{0}：{1}，{2}", Args = [.. inner.Args, Year(y)] };
    }

    private static ConditionReason Designation(FirmFacts firm, PolicyCondition c, DateOnly day, IReadOnlyList<string> listed)
    {
        var relevant = firm.Designations.Where(d => listed.Contains(d.KindCode)).ToList();
        var valid = relevant.Where(d => d.ValidOn(day)).Select(d => d.KindName).Distinct().ToList();
        var value = valid.Count > 0 ? string.Join("、", valid)
            : relevant.Count > 0 ? string.Join("、", relevant.Select(d => d.ExpiresOn is { } e && e < day
                ? $"{d.KindName}（{Date(e)}到期）" : $"{d.KindName}（{d.Year}年认定）"))
            : "无";
        return Listed(c, "有效认定", value, valid.Count > 0);
    }

    private static ConditionReason Park(FirmFacts firm, PolicyCondition c, DateOnly day, IReadOnlyList<string> listed)
    {
        var relevant = firm.Parks.Where(p => listed.Contains(Year(p.ParkUnitId))).ToList();
        var inside = relevant.Where(p => p.InOn(day)).Select(p => p.ParkName).Distinct().ToList();
        var current = firm.Parks.Where(p => p.InOn(day)).Select(p => p.ParkName).Distinct().ToList();
        var value = inside.Count > 0 ? string.Join("、", inside)
            : relevant.Count > 0 ? string.Join("、", relevant.Select(p => p.LeftOn is { } l && l <= day
                ? $"{p.ParkName}（{Date(l)}迁出）" : $"{p.ParkName}（{Date(p.EnteredOn)}入园）"))
            : current.Count > 0 ? string.Join("、", current) : "不在园区";
        return Listed(c, "所在园区", value, inside.Count > 0);
    }

    private static ConditionReason Flag(PolicyCondition c, string subject, bool value) =>
        Reason(c, value ? ConditionOutcome.Met : ConditionOutcome.Missed, "{0}：{1}", subject, value ? "是" : "否");

    private static ConditionReason Figure(FirmFacts firm, PolicyCondition c, int year)
    {
        var field = FigureFields.Find(c.Field);
        var y = year + c.YearOffset;
        if (field is null || c.Threshold is not { } threshold)
        {
            return Reason(c, ConditionOutcome.Unknown, "{0}：{1}，{2}", c.Field ?? "指标", "条件不完整", "需核实");
        }
        if (!firm.Years.TryGetValue(y, out var facts) || field.Value(facts) is not { } actual)
        {
            return Reason(c, ConditionOutcome.Unknown, "{0}年{1}未报，需核实", Year(y), field.Name);
        }
        var met = c.Operator == ConditionOperator.AtMost ? actual <= threshold : actual >= threshold;
        var sign = (c.Operator == ConditionOperator.AtMost, met) switch { (true, true) => "≤", (true, false) => ">", (false, true) => "≥", _ => "<" };
        return Reason(c, met ? ConditionOutcome.Met : ConditionOutcome.Missed, "{0}年{1} {2} {5} {3} {4} {5}",
            Year(y), field.Name, Number(actual), sign, Number(threshold), field.InPeople ? "人" : "万元");
    }

    private static ConditionReason Reason(PolicyCondition c, ConditionOutcome outcome, string template, params string[] args) =>
        new(c.Id, c.Kind, outcome, c.Label, template, args);

    private static string Year(int y) => y.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(decimal v) => v.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
