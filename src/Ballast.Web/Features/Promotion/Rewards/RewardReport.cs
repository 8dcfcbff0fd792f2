namespace Ballast.Web.Features.Promotion;

/// <summary>A year's rewards: counts and sums by state and by district, paid against confirmed. Confirmed counts every
/// reward the units confirmed (confirmed, in notice or paid); refused cases are counted but carry no amount.</summary>
public sealed record RewardReport(int Year, IReadOnlyList<RewardReport.Line> ByState, IReadOnlyList<RewardReport.Line> ByUnit, RewardReport.Line Total)
{
    public sealed record Line(string Name, int Count, decimal RewardWan, int ConfirmedCount, decimal ConfirmedWan, int PaidCount, decimal PaidWan);

    public static readonly RewardState[] ConfirmedStates = [RewardState.Confirmed, RewardState.InNotice, RewardState.Paid];

    public static RewardReport Of(int year, IReadOnlyList<RewardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byState = Enum.GetValues<RewardState>().Select(s => Sum(RewardNames.Of(s), rows.Where(r => r.State == s))).ToList();
        var byUnit = rows.GroupBy(r => r.OwnerUnit).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Sum(g.Key, g)).ToList();
        return new RewardReport(year, byState, byUnit, Sum("合计", rows));
    }

    private static Line Sum(string name, IEnumerable<RewardRow> rows)
    {
        var list = rows.ToList();
        var confirmed = list.Where(r => ConfirmedStates.Contains(r.State)).ToList();
        var paid = list.Where(r => r.State == RewardState.Paid).ToList();
        return new Line(name, list.Count, list.Where(r => r.State != RewardState.Refused).Sum(r => r.RewardWan ?? 0), confirmed.Count,
            confirmed.Sum(r => r.RewardWan ?? 0), paid.Count, paid.Sum(r => r.PaidWan ?? 0));
    }
}
