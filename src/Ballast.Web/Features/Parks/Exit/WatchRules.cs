namespace Ballast.Web.Features.Parks;

/// <summary>有进有退 rules. Pure. A firm is a candidate when it was graded D in two or more consecutive years; the
/// year of the candidacy is the last year of its latest such streak. A year without a published grade breaks a streak.</summary>
public static class WatchRules
{
    public static (int LastYear, int Length)? LatestDStreak(IEnumerable<(int Year, PerMuGrade? Grade)> grades)
    {
        var dYears = grades.Where(g => g.Grade == PerMuGrade.D).Select(g => g.Year).Distinct().Order().ToList();
        (int, int)? found = null;
        var length = 0;
        for (var i = 0; i < dYears.Count; i++)
        {
            length = i > 0 && dYears[i] == dYears[i - 1] + 1 ? length + 1 : 1;
            if (length >= 2)
            {
                found = (dYears[i], length);
            }
        }
        return found;
    }

    public static string Name(WatchState state) => state switch
    {
        WatchState.Watching => "关注",
        WatchState.Rectifying => "整改中",
        WatchState.Resolved => "已改善",
        _ => "已退出",
    };

    public static string Name(WatchReason reason) => reason == WatchReason.ConsecutiveD ? "连续D类" : "未兑现标准地承诺";

    public static readonly IReadOnlyList<(WatchMeasures Measure, string Name)> Measures =
    [
        (WatchMeasures.WaterPrice, "差别化水价"), (WatchMeasures.PowerPrice, "差别化电价"), (WatchMeasures.GasPrice, "差别化气价"),
        (WatchMeasures.Land, "限制用地"), (WatchMeasures.Credit, "信贷限制"),
    ];
}
