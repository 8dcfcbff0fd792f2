using System.Text.RegularExpressions;

namespace Ballast.Web.Common.Excel;

/// <summary>
/// Rows of real sheets that carry no project: totals, section headings ("一、先进制造业"),
/// footnotes ("注：", "填报人："), and the "1 2 3 …" column-number row some templates put under the header.
/// </summary>
internal static partial class RowClassifier
{
    /// <summary>A reason to skip the row, or null for a data row.</summary>
    public static string? SkipReason(object?[] cells, bool firstAfterHeader)
    {
        var first = cells.FirstOrDefault(c => !IsBlank(c));
        if (first is string s)
        {
            var t = HeaderText.Normalize(s);
            if (Total().IsMatch(t))
            {
                return "合计行";
            }

            if (Section().IsMatch(t))
            {
                return "分组标题行";
            }

            if (Footnote().IsMatch(t))
            {
                return "说明行";
            }
        }

        return firstAfterHeader && IsColumnNumbers(cells) ? "列序号行" : null;
    }

    public static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    private static bool IsColumnNumbers(object?[] cells)
    {
        var expected = 1;
        foreach (var c in cells.Where(c => !IsBlank(c)))
        {
            if (c is not double d || d != expected)
            {
                return false;
            }

            expected++;
        }

        return expected > 3;
    }

    [GeneratedRegex("^(?:全市|全区|全县|全省|总|本页)?(?:合计|总计|小计|其中)")]
    private static partial Regex Total();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+(?:[、.:]|$)|\([一二三四五六七八九十]+\))")]
    private static partial Regex Section();

    [GeneratedRegex(@"^(?:注\d*|说明|备注|填报人|填表人|审核人|制表人?|负责人|单位负责人|联系人|联系电话)[:：]")]
    private static partial Regex Footnote();
}
