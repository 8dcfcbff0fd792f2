using System.Globalization;
using System.Text.RegularExpressions;
using Ballast.Web.Common.Text;

namespace Ballast.Web.Common.Excel;

/// <summary>
/// Turns one cell (as MiniExcel returns it: string, double, DateTime, bool or null) into a typed
/// value. Pure; every failure carries a short Chinese reason that names the column and the value.
/// </summary>
public static partial class CellParser
{
    private static readonly HashSet<string> Placeholders =
        ["-", "--", "—", "——", "–", "/", "\\", "、"];

    /// <summary>Words that say a figure is not there yet (an annual plan not issued): an empty cell
    /// to the parser; what an absent figure means is the importer's call.</summary>
    private static readonly HashSet<string> Pending = ["待下达", "计划待下达", "未下达", "待定"];

    /// <summary>Parses by the spec's kind; <paramref name="columnUnit"/> is what the sheet says the column is in.</summary>
    public static CellResult<object?> Parse(object? value, ColumnSpec spec, AmountUnit? columnUnit = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Kind switch
        {
            ColumnKind.Text => Box(Text(value, spec.Title, spec.MaxLength, spec.KeepLines)),
            ColumnKind.Amount => Box(Amount(value, spec.Title, columnUnit ?? spec.Unit, spec.Unit)),
            ColumnKind.Decimal => Box(Decimal(value, spec.Title, spec.AllowPercent)),
            ColumnKind.Integer => Box(Integer(value, spec.Title)),
            ColumnKind.Date => Box(Date(value, spec.Title)),
            ColumnKind.Choice => Box(Choice(value, spec.Title, spec.Choices)),
            _ => throw new ArgumentOutOfRangeException(nameof(spec)),
        };
    }

    /// <summary>
    /// Money in <paramref name="target"/>. A unit written in the cell ("1.2亿", "3000万元") wins over
    /// the column's unit; a bare number is in <paramref name="columnUnit"/>.
    /// </summary>
    public static CellResult<decimal?> Amount(object? value, string title, AmountUnit columnUnit = AmountUnit.Wan, AmountUnit target = AmountUnit.Wan)
    {
        var unit = columnUnit;
        decimal? number;
        if (value is string s)
        {
            var t = Compact(s);
            if (IsEmptyText(t))
            {
                return new(null, null);
            }

            var m = UnitSuffix().Match(t);
            if (m.Success)
            {
                unit = AmountUnits.Parse(m.Groups[1].Value)!.Value;
                t = t[..m.Index];
            }

            number = ParseNumberText(t);
        }
        else
        {
            if (value is null)
            {
                return new(null, null);
            }

            number = FromNumericCell(value);
        }

        return number is { } n
            ? new(n * AmountUnits.Factor(unit, target), null)
            : new(null, $"「{title}」无法识别为金额：{Display(value)}");
    }

    /// <summary>A plain number; with <paramref name="allowPercent"/> "85%" is 0.85.</summary>
    public static CellResult<decimal?> Decimal(object? value, string title, bool allowPercent = false)
    {
        decimal? number;
        if (value is string s)
        {
            var t = Compact(s);
            if (IsEmptyText(t))
            {
                return new(null, null);
            }

            number = allowPercent && t.EndsWith('%')
                ? ParseNumberText(t[..^1]) / 100m
                : ParseNumberText(t);
        }
        else
        {
            if (value is null)
            {
                return new(null, null);
            }

            number = FromNumericCell(value);
        }

        return number is { } n ? new(n, null) : new(null, $"「{title}」无法识别为数字：{Display(value)}");
    }

    public static CellResult<int?> Integer(object? value, string title)
    {
        var d = Decimal(value, title);
        if (!d.IsOk || d.Value is null)
        {
            return new(null, d.Error);
        }

        return d.Value is { } n && n == decimal.Truncate(n) && n is >= int.MinValue and <= int.MaxValue
            ? new((int)n, null)
            : new(null, $"「{title}」不是整数：{Display(value)}");
    }

    /// <summary>Trimmed, inner whitespace runs collapsed; characters kept as typed (names keep their （）).
    /// The apostrophe an export puts before formula-like text is taken off again, so a list exported and
    /// imported back keeps its names.</summary>
    public static CellResult<string?> Text(object? value, string title, int? maxLength = null, bool keepLines = false)
    {
        var text = value switch
        {
            null => null,
            string s when keepLines => FormulaText.Restore(s.ReplaceLineEndings("\n").Trim()).Trim(),
            string s => CollapseWhitespace(FormulaText.Restore(CollapseWhitespace(s))),
            DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => Display(value),
        };
        if (string.IsNullOrEmpty(text))
        {
            return new(null, null);
        }

        if (maxLength is { } max && text.Length > max)
        {
            return new(null, $"「{title}」超过 {max} 字：{text[..Math.Min(text.Length, 20)]}…");
        }

        return new(text, null);
    }

    /// <summary>Matches the option's value or any label, ignoring width, whitespace and case.</summary>
    public static CellResult<string?> Choice(object? value, string title, IReadOnlyList<ChoiceOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = value is null ? string.Empty : Compact(value as string ?? Display(value));
        if (IsEmptyText(text))
        {
            return new(null, null);
        }

        foreach (var option in options)
        {
            if (SameChoice(option.Value, text) || option.Labels.Any(l => SameChoice(l, text)))
            {
                return new(option.Value, null);
            }
        }

        var allowed = string.Join("、", options.Select(o => o.DisplayLabel));
        return new(null, $"「{title}」取值无法识别：{Display(value)}（可选：{allowed}）");
    }

    /// <summary>How a cell value is shown in a message.</summary>
    internal static string Display(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Trim(),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Half-width with every whitespace removed: "１ ２３４．５" → "1234.5".</summary>
    internal static string Compact(string s)
    {
        var half = TextNormalizer.ToHalfWidth(s);
        return half.Any(char.IsWhiteSpace) ? string.Concat(half.Where(c => !char.IsWhiteSpace(c))) : half;
    }

    private static bool IsEmptyText(string compact) => compact.Length == 0 || Placeholders.Contains(compact) || Pending.Contains(compact);

    private static CellResult<object?> Box<T>(CellResult<T> r) => new(r.Value, r.Error);

    private static bool SameChoice(string option, string compactText) =>
        string.Equals(Compact(option), compactText, StringComparison.OrdinalIgnoreCase);

    private static decimal? FromNumericCell(object value)
    {
        try
        {
            return value switch
            {
                double d when double.IsFinite(d) => (decimal)d,
                float f when float.IsFinite(f) => (decimal)f,
                decimal m => m,
                int i => i,
                long l => l,
                _ => null, // DateTime, bool: not a number even though Excel could store one
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>"1,234.5", "-3", ".5"; thousands separators only in their proper places.</summary>
    private static decimal? ParseNumberText(string compact)
    {
        if (!NumberText().IsMatch(compact))
        {
            return null;
        }

        return decimal.TryParse(compact.Replace(",", string.Empty, StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }

    internal static string CollapseWhitespace(string s) =>
        string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"^[+-]?(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$")]
    private static partial Regex NumberText();

    [GeneratedRegex("(亿元|亿|万元|万|元)$")]
    private static partial Regex UnitSuffix();
}
