namespace Ballast.Web.Features.Compendium;

public enum ConditionKind
{
    /// <summary>The firm's district, by GB/T 2260 region code.</summary>
    Region,
    /// <summary>The firm's GB/T 4754 division.</summary>
    Industry,
    /// <summary>The firm's chain, by chain code.</summary>
    Chain,
    /// <summary>The size class of the firm's figures for the year.</summary>
    SizeClass,
    /// <summary>A designation the firm holds and that is valid on the day of evaluation.</summary>
    Designation,
    /// <summary>A yearly figure compared with a threshold.</summary>
    Figure,
    /// <summary>Counted above designated size (规上).</summary>
    AboveScale,
    Listed,
    /// <summary>The firm is in one of the parks (by park unit id) on the day of evaluation.</summary>
    Park,
}
