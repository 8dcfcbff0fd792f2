namespace Ballast.Web.Features.Enterprises;

/// <summary>The national size table applied (统计上大中小微型企业划分办法(2017)): large, medium and small
/// need the lower bound of every measure their row lists, else the firm drops a class; a firm that meets
/// none of them is micro. Pure: the rule rows come from reference data.</summary>
public static class SizeClassifier
{
    /// <summary>The row whose divisions list the firm's GB/T 4754 division, or null (no national row).</summary>
    public static SizeRule? RuleFor(IEnumerable<SizeRule> rules, string? division) =>
        string.IsNullOrWhiteSpace(division) ? null
            : rules.FirstOrDefault(r => r.Divisions.Split(',', StringSplitOptions.TrimEntries).Contains(division.Trim(), StringComparer.Ordinal));

    /// <summary>The class, or null when a measure the row needs was not reported (a class is never guessed).</summary>
    public static SizeClass? Classify(SizeRule rule, int? employees, decimal? revenue, decimal? assets)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if ((Needs(rule.SmallEmployees, rule.MediumEmployees, rule.LargeEmployees) && employees is null)
            || (Needs(rule.SmallRevenue, rule.MediumRevenue, rule.LargeRevenue) && revenue is null)
            || (Needs(rule.SmallAssets, rule.MediumAssets, rule.LargeAssets) && assets is null))
        {
            return null;
        }
        if (Meets(rule.LargeEmployees, rule.LargeRevenue, rule.LargeAssets, employees, revenue, assets))
        {
            return SizeClass.Large;
        }
        if (Meets(rule.MediumEmployees, rule.MediumRevenue, rule.MediumAssets, employees, revenue, assets))
        {
            return SizeClass.Medium;
        }
        return Meets(rule.SmallEmployees, rule.SmallRevenue, rule.SmallAssets, employees, revenue, assets) ? SizeClass.Small : SizeClass.Micro;
    }

    /// <summary>规上/限上: main-business revenue at or above the sector's line; null when the sector has none or revenue is unknown.</summary>
    public static bool? IsAboveScale(SizeRule? rule, decimal? revenue) =>
        rule?.AboveScaleRevenue is { } line && revenue is { } r ? r >= line : null;

    public static string Name(SizeClass c) => c switch
    {
        SizeClass.Large => "大型",
        SizeClass.Medium => "中型",
        SizeClass.Small => "小型",
        _ => "微型",
    };

    private static bool Needs(params object?[] bounds) => bounds.Any(b => b is not null);

    private static bool Meets(int? x, decimal? y, decimal? z, int? employees, decimal? revenue, decimal? assets) =>
        (x is null || employees >= x) && (y is null || revenue >= y) && (z is null || assets >= z)
        // A class with no bound at all is not a class of this row.
        && (x is not null || y is not null || z is not null);
}
