namespace Ballast.Web.Features.Promotion;

/// <summary>The figures of a year's rule that a reward is computed by.</summary>
public sealed record RewardTerms(decimal RatePermille, decimal CapWan, decimal MinimumFormedWan, IReadOnlyList<string> Excluded)
{
    public static RewardTerms Of(RewardRule rule) =>
        new(rule.RatePermille, rule.CapWan, rule.MinimumFormedWan, RewardCalculator.Categories(rule.ExcludedCategories));
}
