using System.Text.RegularExpressions;

namespace Ballast.Web.Common.Excel;

/// <summary>
/// Months as sheets name them in headers and titles: "9月完成投资" is this month's figure,
/// "1-9月累计完成投资" / "1—9月完成投资" / "截至9月底累计" the year to date through September.
/// Headers are matched by meaning, so a district's sheet for any month finds its columns.
/// </summary>
public static partial class MonthText
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>A normalised header with its month phrase made generic ("本月…", "累计…"), or null
    /// when it names no month.</summary>
    internal static string? Generic(string normalized)
    {
        var m = Range().Match(normalized);
        if (m.Success)
        {
            return "累计" + m.Groups["rest"].Value;
        }

        m = Single().Match(normalized);
        if (!m.Success)
        {
            return null;
        }

        var rest = m.Groups["rest"].Value;
        return rest.StartsWith("累计", StringComparison.Ordinal) ? rest : rest.Length == 0 ? null : "本月" + rest;
    }

    /// <summary>The month a header or title names: a range's end ("1-9月", "1月至9月", "截至9月底" → 9),
    /// else the first month named ("2023年8月" → 8, not a later "填报时间10月"); a date with a day
    /// ("2023年10月8日", a filling date) names no month.</summary>
    public static int? Find(string? text)
    {
        var normalized = HeaderText.Normalize(text);
        var m = RangeAnywhere().Match(normalized);
        m = m.Success ? m : Anywhere().Match(normalized);
        return m.Success ? Parse(m.Groups["m"].Value) : null;
    }

    /// <summary>How a month is shown in messages: the first period of a year covers January–February.</summary>
    public static string Label(int month) => month == 2 ? "1-2月" : $"{month}月";

    private static int? Parse(string s)
    {
        if (int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n is >= 1 and <= 12 ? n : null;
        }

        // 一 … 十, 十一, 十二.
        return s.Length == 1 ? Numerals.IndexOf(s[0], StringComparison.Ordinal) + 1 : 10 + Numerals.IndexOf(s[1], StringComparison.Ordinal) + 1;
    }

    private const string Month = @"(?<m>1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])";
    private const string Dash = @"[-~至到\u2010-\u2015\u2212]+";

    [GeneratedRegex(@"^(?:(?:1|一)月?" + Dash + "|截[至止])" + Month + @"月份?(?:底|末)?(?:累计)?(?<rest>.*)$")]
    private static partial Regex Range();

    [GeneratedRegex("^" + Month + @"月份?(?:底|末)?(?<rest>.*)$")]
    private static partial Regex Single();

    [GeneratedRegex(@"(?<![\d一二三四五六七八九十])" + Month + @"月份?(?!\d)")]
    private static partial Regex Anywhere();

    [GeneratedRegex(@"(?:(?<![\d一二三四五六七八九十])(?:1|一)月?" + Dash + "|截[至止])" + Month + @"月(?!\d)")]
    private static partial Regex RangeAnywhere();
}
