namespace Ballast.Web.Features.Chains;

/// <summary>A chain's output for one year in 万元, with its basis; <see cref="Wan"/> is null when not reported.</summary>
public sealed record ChainOutput(int Year, decimal? Wan, OutputBasis Basis, int FirmsReporting, string? Source)
{
    public static ChainOutput NotReported(int year) => new(year, null, OutputBasis.NotReported, 0, null);
}
