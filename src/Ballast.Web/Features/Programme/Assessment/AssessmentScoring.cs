using System.Globalization;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>The annual assessment's arithmetic (考核计分), with no I/O.
/// <list type="number">
/// <item>An item's score is its status's: 正常 100, 滞后 60, 严重滞后 0 — and 未报 0: in the
/// assessment a unit that does not report loses the points (unlike the plan's roll-up, which
/// leaves unreported indicators out).</item>
/// <item>Base = Σ(effective weight × score) ÷ Σ effective weight over the items that apply to the
/// unit, rounded half up to 2 decimals; a supporting unit's effective weight is half the item's.</item>
/// <item>Total = base + Σ adjustments (bonus +, penalty −) − <see cref="PointsPerOverdueItem"/> ×
/// overdue supervision items, rounded to 2 decimals.</item>
/// <item>Ranked by total, highest first; equal totals share a rank and the next rank skips
/// (1, 2, 2, 4). A unit to which no item applies is not ranked.</item>
/// </list></summary>
public static class AssessmentScoring
{
    /// <summary>Points taken off for each supervision item that ran past its due date.</summary>
    public const decimal PointsPerOverdueItem = 2m;

    /// <summary>The share of an item's weight a supporting unit carries.</summary>
    public const decimal SupportingShare = 0.5m;

    public static decimal ItemScore(Status status) => IndicatorStatus.Score(status) ?? 0m;

    public static decimal EffectiveWeight(decimal weight, AssessmentRole role) =>
        role == AssessmentRole.Supporting ? weight * SupportingShare : weight;

    /// <summary>The base score and its formula, or null when no item applies.</summary>
    public static (decimal Score, string Formula)? Base(IEnumerable<ScoredItem> items)
    {
        var applied = items.Where(i => i.EffectiveWeight > 0).ToList();
        var weight = applied.Sum(i => i.EffectiveWeight);
        if (weight == 0)
        {
            return null;
        }
        var score = Round(applied.Sum(i => i.EffectiveWeight * i.Score) / weight);
        var terms = string.Join(" + ", applied.Select(i => i.Role == AssessmentRole.Supporting
            ? Text($"{i.Weight:0.##}×{SupportingShare:0.#}×{i.Score:0}")
            : Text($"{i.Weight:0.##}×{i.Score:0}")));
        return (score, Text($"({terms}) ÷ {weight:0.##} = {score:0.00}"));
    }

    public static IReadOnlyList<UnitResult> Rank(IEnumerable<UnitInput> units)
    {
        var scored = new List<UnitResult>();
        foreach (var u in units)
        {
            if (Base(u.Items) is not { } b)
            {
                continue;
            }
            var (score, formula) = b;
            var adjustments = u.Adjustments.Sum();
            var deduction = PointsPerOverdueItem * u.OverdueSupervision;
            var total = Round(score + adjustments - deduction);
            var sign = adjustments < 0 ? "−" : "+";
            var totalFormula = Text($"{score:0.00} {sign} {Math.Abs(adjustments):0.##} − {PointsPerOverdueItem:0.##}×{u.OverdueSupervision} = {total:0.00}");
            scored.Add(new UnitResult(u, score, formula, adjustments, u.OverdueSupervision, deduction, total, totalFormula, 0));
        }
        // OrderByDescending is stable: units with equal totals keep the order they came in.
        var ordered = scored.OrderByDescending(r => r.Total).ToList();
        return [.. ordered.Select(r => r with { Rank = 1 + ordered.Count(o => o.Total > r.Total) })];
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
