using System.Text.RegularExpressions;

namespace Ballast.Web.Common.Text;

/// <summary>
/// Text written into a spreadsheet, CSV or a table people paste into one must never become a formula
/// (CSV/formula injection, OWASP; ASVS 5.0 1.2.10). A text starting with = + - @ (or their full-width
/// forms, which Excel and WPS accept in formulas), a tab, CR, LF or NUL — also after leading spaces — gets a
/// leading apostrophe, the escape both the OWASP guidance and ASVS name. The apostrophe is kept in the
/// cell's text, so it survives a save as CSV. A plain signed number written as text (a gap such as
/// "-12.30") is left alone: it evaluates to itself. Numbers written as numbers never pass through here.
/// </summary>
public static partial class FormulaText
{
    private const char Escape = '\'';

    /// <summary>The text as it is safe to write into a cell.</summary>
    public static string Neutralise(string text) => IsFormulaLike(text) ? Escape + text : text;

    /// <summary>A cell value as it is safe to write: texts neutralised, every other value unchanged.</summary>
    public static object? Cell(object? value) => value is string s ? Neutralise(s) : value;

    /// <summary>Undoes <see cref="Neutralise"/> on a cell read back from an exported sheet: only an apostrophe
    /// that Ballast would have added is removed ("'80年代" keeps its apostrophe).</summary>
    public static string Restore(string text) =>
        text.Length > 1 && text[0] == Escape && IsFormulaLike(text[1..]) ? text[1..] : text;

    public static bool IsFormulaLike(string text)
    {
        var start = 0;
        while (start < text.Length && text[start] is ' ' or '\u00A0' or '\u3000')
        {
            start++;
        }
        if (start == text.Length)
        {
            return false;
        }
        return text[start] is '\t' or '\r' or '\n' or '\0'
            || (IsTrigger(text[start]) && !PlainNumber().IsMatch(text));
    }

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠';

    /// <summary>-12.30, +5, -1,234.5, -3.5%: evaluates to itself, with nothing a formula could call.</summary>
    [GeneratedRegex(@"^[+-]\d{1,3}(?:(?:,\d{3})+|\d*)(?:\.\d+)?%?$")]
    private static partial Regex PlainNumber();
}
