namespace Ballast.Web.Features.Services;

/// <summary>Where a building's yearly tax comes from.</summary>
public enum TaxSource
{
    /// <summary>Neither its firms nor an entered figure: shown as 未报, never as zero.</summary>
    NotReported,
    /// <summary>The sum of the tax its firms reported for the year.</summary>
    Firms,
    /// <summary>Entered for the building as a whole, because none of its firms reported.</summary>
    Entered,
}
