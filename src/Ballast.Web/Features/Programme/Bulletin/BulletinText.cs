using System.Globalization;
using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>How the bulletin writes its numbers and words, the same on screen, in Word and in
/// Excel: 亿元 with two decimals and thousands separators, percentages with two decimals, status
/// as a word (never colour alone).</summary>
public static class BulletinText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Pct(decimal? v) => v is { } x ? x.ToString("#,##0.00", Invariant) + "%" : "—";

    public static string Gap(decimal? v) => v is { } x ? (x >= 0 ? "+" : "") + x.ToString("#,##0.00", Invariant) : "—";

    public static string Score(decimal? v) => v is { } x ? x.ToString("0.0", Invariant) : "—";

    public static string Yi(decimal wan) => Amounts.Yi(wan);
    public static string Yi(decimal? wan, Texts t) => Amounts.Yi(wan, t);

    public static string Status(Status s, Texts t) => t[ProgressRule.Name(s)];

    public static string Rank(int? rank, Texts t) => rank is { } r ? r.ToString(Invariant) : t["未报"];

    /// <summary>Amounts in 亿元 keep two decimals; counts and rates are written as the plan writes them.</summary>
    public static string Number(decimal v, string? unit) => unit == "亿元" ? v.ToString("#,##0.00", Invariant) : Amounts.Number(v);

    /// <summary>The value with its unit, or why there is none: not reported, or no module yet.</summary>
    public static string Value(BulletinIndicator x, Texts t)
    {
        if (x.Unavailable is { } why)
        {
            return why;
        }
        if (x.Kind == IndicatorKind.Milestone)
        {
            return x.Done is null ? t["未报"] : x.Done.Value ? t["已完成"] : t["未完成"];
        }
        if (x.Value is not { } v)
        {
            return t["未报"];
        }
        var unit = x.Unit switch
        {
            null or "" => "",
            "%" => "%",
            _ => " " + t[x.Unit].Value,
        };
        return (Number(v, x.Unit) + unit).TrimEnd();
    }

    /// <summary>2023年9月, 2023年1-2月 (the first report of a year covers January and February).</summary>
    public static string Period(int year, int month, bool english) => english
        ? (month == 2 ? "Jan–Feb" : CultureInfo.GetCultureInfo("en").DateTimeFormat.GetMonthName(month)) + " " + year.ToString(Invariant)
        : month == 2 ? $"{year}年1-2月" : $"{year}年{month}月";

    public static string Date(DateOnly d, bool english) => english ? d.ToString("yyyy-MM-dd", Invariant) : $"{d.Year}年{d.Month}月{d.Day}日";

    /// <summary>The bulletin is named after the plan: 青岛市实体经济振兴发展2023年工作要点 gives
    /// 青岛市实体经济振兴发展工作情况通报（2023年第8期 / 2023年9月）.</summary>
    public static string Title(Plan plan, int issue, string period, bool english)
    {
        if (english)
        {
            var stem = (plan.TitleEn ?? "").Replace($": Key Work for {plan.Year}", "", StringComparison.Ordinal).Trim();
            return $"{(stem.Length > 0 ? stem + ": " : "")}Work Bulletin ({plan.Year} No. {issue} / {period})";
        }
        var zh = plan.Title.Replace($"{plan.Year}年工作要点", "", StringComparison.Ordinal);
        return $"{zh}工作情况通报（{plan.Year}年第{issue}期 / {period}）";
    }
}
