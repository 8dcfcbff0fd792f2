using System.Globalization;
using Ballast.Web.Common.Formatting;

namespace Ballast.Web.Features.Programme;

/// <summary>Writes an indicator's target the way the plan does: ≥ 500 个, 约 20 家, 9,300 亿元,
/// 15 个（2023-06-30 前）, 稳步提高.</summary>
public static class TargetText
{
    public static string Format(Indicator i, bool english)
    {
        if (i.Target is not { } target)
        {
            return (english ? i.TargetTextEn : null) ?? i.TargetText ?? "";
        }
        var prefix = i.Comparator switch
        {
            TargetComparator.AtLeast => "≥ ",
            TargetComparator.About => english ? "about " : "约 ",
            _ => "",
        };
        var unit = i.Unit switch
        {
            null or "" => "",
            "%" => "%",
            _ when english => EnglishUnit(i.Unit) is { Length: > 0 } u ? " " + u : "",
            _ => " " + i.Unit,
        };
        var text = prefix + Amounts.Number(target) + unit;
        if (i.Deadline is { } due)
        {
            var date = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text += english ? $" by {date}" : $"（{date} 前）";
        }
        return text;
    }

    private static string EnglishUnit(string unit) => unit switch
    {
        "亿元" => "× 100 million yuan",
        "万元" => "× 10,000 yuan",
        "个" or "家" or "座" => "",
        _ => unit,
    };
}
