namespace Ballast.Web.Features.Parks;

/// <summary>The output tiers parks are counted against (产业规模过100/300/500亿元), in 亿元, from configuration
/// (<c>Parks:TiersYi</c>) so a city sets its own. A tier is reached when the output is at least the tier.</summary>
public sealed class ParkTiers(IConfiguration configuration)
{
    public static readonly IReadOnlyList<decimal> Default = [100m, 300m, 500m];

    public IReadOnlyList<decimal> Yi { get; } = Read(configuration);

    public static bool Reached(decimal? outputWan, decimal tierYi) => outputWan >= tierYi * Common.Formatting.Amounts.WanPerYi;

    /// <summary>The highest tier the output reaches, or null.</summary>
    public decimal? HighestReached(decimal? outputWan) => Yi.Where(t => Reached(outputWan, t)).Cast<decimal?>().Max();

    private static List<decimal> Read(IConfiguration configuration)
    {
        var tiers = configuration.GetSection("Parks:TiersYi").Get<decimal[]>();
        return tiers is { Length: > 0 } ? [.. tiers.Where(t => t > 0).Order()] : [.. Default];
    }
}
