using System.Globalization;
using Ballast.Web.Common.Excel;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>
/// This month's figure from what a row gives. Ballast stores months and computes the year to date
/// from them, so a year-to-date column (1-9月累计) is turned into this month by subtracting what
/// was counted for the earlier months — which is only safe when every earlier period of the year
/// has a counted report for the project; otherwise the row is refused with the missing months.
/// Given both, they must agree (to half a unit of the second decimal of the column's unit).
/// </summary>
public static class MonthlyFigure
{
    /// <param name="month">This month's figure, 万元 (null: none given).</param>
    /// <param name="ytd">The year to date through this month, 万元 (null: none given).</param>
    /// <param name="before">What is counted for the earlier months of the year, 万元.</param>
    /// <param name="missing">Earlier periods of the year with no counted report for the project.</param>
    public static (decimal? Value, string? Problem) Resolve(decimal? month, decimal? ytd, decimal before, IReadOnlyList<int> missing, decimal tolerance)
    {
        if (ytd is not { } total)
        {
            return (month, null);
        }
        if (missing.Count > 0)
        {
            // The earlier months are not all in: the year to date cannot be split, and cannot check the month.
            return month is null
                ? (null, $"{string.Join("、", missing.Select(MonthText.Label))}未报送，无法由累计完成投资推算本月完成投资，请填写本月完成投资")
                : (month, null);
        }
        var derived = total - before;
        if (month is null)
        {
            return derived < 0
                ? (null, $"累计完成投资 {Wan(total)} 万元小于此前各月已报合计 {Wan(before)} 万元")
                : (derived, null);
        }
        return Math.Abs(derived - month.Value) > tolerance
            ? (null, $"本月完成投资 {Wan(month.Value)} 万元与累计完成投资 {Wan(total)} 万元不符（此前各月已报合计 {Wan(before)} 万元，本月应为 {Wan(derived)} 万元）")
            : (month, null);
    }

    private static string Wan(decimal v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);
}
