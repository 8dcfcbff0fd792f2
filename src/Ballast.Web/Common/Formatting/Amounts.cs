using System.Globalization;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Common.Formatting;

/// <summary>Money is stored in 万元 and shown as the field writes it: 亿元 with two decimals unless
/// the column says 万元, always with thousands separators.</summary>
public static class Amounts
{
    public const decimal WanPerYi = 10_000m;

    public static decimal ToYi(decimal wan) => wan / WanPerYi;

    /// <summary>亿元 to two decimals, as a number: for spreadsheets, charts and the API.</summary>
    public static decimal YiValue(decimal wan) => Math.Round(wan / WanPerYi, 2);

    public static string Yi(decimal wan) => ToYi(wan).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A plan that may be pending, in 亿元: 待下达 in the reader's language, never 0.</summary>
    public static string Yi(decimal? wan, Texts t) => wan is { } w ? Yi(w) : t[Pending].Value;

    public static decimal? YiValue(decimal? wan) => wan is { } w ? YiValue(w) : null;

    public const string Pending = "待下达";

    public static string Wan(decimal wan) => wan.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>A plan that may be pending, in 万元: 待下达 in the reader's language, never 0.</summary>
    public static string Plan(decimal? wan, Texts t) => wan is { } w ? Wan(w) : t[Pending].Value;

    /// <summary>A target or count as written: 9,300 / 1,700 / 10.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
