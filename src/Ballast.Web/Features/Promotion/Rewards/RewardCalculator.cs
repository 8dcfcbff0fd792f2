namespace Ballast.Web.Features.Promotion;

/// <summary>The reward rule as arithmetic, without I/O: reward = formed × rate‰, no more than the cap; nothing below the
/// minimum formed (equal to the minimum earns) or for an excluded referrer category. Amounts in 万元, rounded half away
/// from zero to 0.01 万元 (百元) once, after the cap is applied to the unrounded figure.</summary>
public static class RewardCalculator
{
    public const int Decimals = 2;

    public static RewardComputation Compute(RewardTerms terms, decimal formedWan, string category)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var raw = formedWan * terms.RatePermille / 1000m;
        var computed = Round(raw);
        if (IsExcluded(terms, category))
        {
            return new(formedWan, computed, 0, false, $"引荐人类别“{category.Trim()}”不在奖励范围内（本年度规则排除）");
        }
        if (formedWan < terms.MinimumFormedWan)
        {
            return new(formedWan, computed, 0, false, $"实际形成投资{Wan(formedWan)}万元，低于奖励起点{Wan(terms.MinimumFormedWan)}万元");
        }
        var capped = raw > terms.CapWan;
        return new(formedWan, computed, capped ? Round(terms.CapWan) : computed, capped, null);
    }

    public static bool IsExcluded(RewardTerms terms, string category)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var c = (category ?? "").Trim();
        return terms.Excluded.Any(x => string.Equals(x, c, StringComparison.Ordinal));
    }

    /// <summary>The rule's excluded categories, one per line, blank lines and spaces dropped.</summary>
    public static IReadOnlyList<string> Categories(string? lines) =>
        [.. (lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];

    public static decimal Round(decimal wan) => Math.Round(wan, Decimals, MidpointRounding.AwayFromZero);

    public static string Wan(decimal wan) => wan.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture);
}
