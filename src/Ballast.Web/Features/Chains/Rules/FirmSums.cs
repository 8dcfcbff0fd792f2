namespace Ballast.Web.Features.Chains;

/// <summary>What a chain's member firms reported for a year: the sum of output and how many firms reported,
/// and, over the firms that reported both this year and the last, the two sums (同口径) growth is taken on.</summary>
public sealed record FirmSums(decimal Sum, int Firms, decimal BothCurrent, decimal BothPrevious, int BothFirms)
{
    public static readonly FirmSums None = new(0m, 0, 0m, 0m, 0);
}
