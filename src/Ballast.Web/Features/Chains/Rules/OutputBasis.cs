namespace Ballast.Web.Features.Chains;

/// <summary>Where a chain's yearly output comes from: its member firms' figures, a figure entered with its
/// source where no member firm reported, or nothing (未报).</summary>
public enum OutputBasis
{
    Firms,
    Entered,
    NotReported,
}
