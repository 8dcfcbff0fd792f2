namespace Ballast.Web.Features.Chains;

/// <summary>Growth in percent over the year before, and the basis both years share; null when either year is not known
/// on the same basis.</summary>
public sealed record ChainGrowth(decimal? Percent, OutputBasis? Basis)
{
    public static readonly ChainGrowth NotReported = new(null, null);
}
