using System.Globalization;
using System.Text.RegularExpressions;

namespace Ballast.Web.Common.Excel;

public static partial class CellParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;
    private const double MaxSerial = 2_958_465; // 9999-12-31

    /// <summary>
    /// DateTime cells, Excel serial numbers, "2023.3.1", "2023-03-01", "2023/3/1", "2023年3月1日",
    /// "20230301"; a month without a day ("2023年3月", "2023.3") is its first day.
    /// </summary>
    public static CellResult<DateOnly?> Date(object? value, string title)
    {
        switch (value)
        {
            case null:
                return new(null, null);
            case DateTime dt:
                return new(DateOnly.FromDateTime(dt), null);
            case DateOnly d:
                return new(d, null);
            case DateTimeOffset dto:
                return new(DateOnly.FromDateTime(dto.DateTime), null);
            case string s:
                var t = Compact(s);
                return IsEmptyText(t) ? new(null, null) : FromText(t, value, title);
            case double or int or long or decimal:
                return FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture), value, title);
            default:
                return Unrecognised(value, title);
        }
    }

    private static CellResult<DateOnly?> FromNumber(double d, object value, string title)
    {
        // 20230301 typed as a number.
        if (d is >= MinYear * 10000 + 101 and <= MaxYear * 10000 + 1231 && d == Math.Floor(d))
        {
            return FromText(((long)d).ToString(CultureInfo.InvariantCulture), value, title);
        }

        // "2023.3" typed into a cell Excel keeps as the number 2023.3; a serial in this range
        // would be a day in 1905, which no project has.
        if (d is >= MinYear and < MaxYear + 1)
        {
            var text = d.ToString("R", CultureInfo.InvariantCulture);
            if (text.EndsWith(".1", StringComparison.Ordinal))
            {
                return new(null, $"「{title}」日期不明确（1月还是10月？）：{text}，请写成 {text}.1 或 {text}0.1");
            }

            return text.Contains('.', StringComparison.Ordinal) ? FromText(text, value, title) : Unrecognised(value, title);
        }

        if (d is >= 1 and <= MaxSerial)
        {
            return new(DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(d))), null);
        }

        return Unrecognised(value, title);
    }

    private static CellResult<DateOnly?> FromText(string t, object value, string title)
    {
        var m = DigitsDate().Match(t);
        if (!m.Success)
        {
            m = SeparatedDate().Match(t);
        }

        if (!m.Success)
        {
            return Unrecognised(value, title);
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        if (year is < MinYear or > MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Unrecognised(value, title);
        }

        return new(new DateOnly(year, month, day), null);
    }

    private static CellResult<DateOnly?> Unrecognised(object value, string title) =>
        new(null, $"「{title}」日期格式无法识别：{Display(value)}");

    /// <summary>20230301, 202303.</summary>
    [GeneratedRegex(@"^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})?$")]
    private static partial Regex DigitsDate();

    /// <summary>2023.3.1, 2023-03-01, 2023/3/1, 2023年3月1日, 2023年3月, 2023.3, with an optional time.</summary>
    [GeneratedRegex(@"^(?<y>\d{4})[-./年](?<m>\d{1,2})(?:月|[-./月](?<d>\d{1,2})[日号]?)?(?:\d{1,2}:\d{2}(?::\d{2})?)?$")]
    private static partial Regex SeparatedDate();
}
