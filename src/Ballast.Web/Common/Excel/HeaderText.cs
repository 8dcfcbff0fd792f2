using System.Text.RegularExpressions;

namespace Ballast.Web.Common.Excel;

/// <summary>
/// Header cells as people write them: "总投资（亿元）", "* 项目名称", "年度计划投资/亿元",
/// "2023年计划投资". Normalises them for matching and pulls out the amount unit.
/// </summary>
internal static partial class HeaderText
{
    /// <summary>Half-width, no whitespace, one kind of bracket, no "*" markers, lower case.</summary>
    public static string Normalize(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var s = CellParser.Compact(raw)
            .Replace('【', '(').Replace('】', ')')
            .Replace('〔', '(').Replace('〕', ')')
            .Replace('[', '(').Replace(']', ')')
            .Trim('*')
            .ToLowerInvariant();
        return s;
    }

    /// <summary>Removes an amount unit ("(亿元)", "/万元", "(单位:元)") and returns it.</summary>
    public static string SplitUnit(string normalized, out AmountUnit? unit)
    {
        var m = UnitInHeader().Match(normalized);
        if (!m.Success)
        {
            unit = null;
            return normalized;
        }

        unit = AmountUnits.Parse(m.Groups["u"].Value);
        return (normalized[..m.Index] + normalized[(m.Index + m.Length)..]).Trim('*');
    }

    /// <summary>
    /// What a normalised header may also mean, best first: itself, without a trailing "(…)" note,
    /// a leading year read as "this year" ("2023年计划投资" → "计划投资", "年度计划投资"), and each
    /// of those with its month made generic ("9月完成投资" → "本月完成投资", see <see cref="MonthText"/>).
    /// </summary>
    public static IEnumerable<string> Variants(string normalized)
    {
        var literal = Literal(normalized).ToList();
        return literal.Concat(literal.Select(MonthText.Generic).OfType<string>()).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Literal(string normalized)
    {
        if (normalized.Length == 0)
        {
            yield break;
        }

        yield return normalized;
        var withoutNote = TrailingNote().Replace(normalized, string.Empty);
        if (withoutNote.Length > 0 && withoutNote != normalized)
        {
            yield return withoutNote;
        }

        var y = LeadingYear().Match(withoutNote);
        if (y.Success && y.Length < withoutNote.Length)
        {
            var rest = withoutNote[y.Length..];
            yield return rest;
            yield return "年度" + rest;
        }
    }

    /// <summary>A sheet-level note such as "单位：亿元" or "金额单位:万元" in a title row.</summary>
    public static AmountUnit? SheetUnit(string normalized)
    {
        var m = SheetUnitNote().Match(normalized);
        return m.Success ? AmountUnits.Parse(m.Groups["u"].Value) : null;
    }

    [GeneratedRegex(@"^(?<u>亿元|万元|元)$|\((?:单位:?)?(?<u>亿元|万元|元)\)|/(?<u>亿元|万元|元)$|单位:(?<u>亿元|万元|元(?![\u4e00-\u9fff]))")]
    private static partial Regex UnitInHeader();

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"^(?:19|20)\d{2}年度?")]
    private static partial Regex LeadingYear();

    // "填报单位：元氏县…" names a place, not the unit 元.
    [GeneratedRegex(@"单位:(?<u>亿元|万元|元(?![\u4e00-\u9fff]))")]
    private static partial Regex SheetUnitNote();
}
