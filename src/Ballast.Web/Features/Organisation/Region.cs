using Ballast.Web.Common.Codes;

namespace Ballast.Web.Features.Organisation;

/// <summary>A GB/T 2260 administrative division. Retired codes stay so that old records still
/// resolve, pointing at the code that replaced them.</summary>
public sealed class Region
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public string? ParentCode { get; set; }
    public RegionLevel Level { get; set; }
    public bool IsRetired { get; set; }
    public string? SuccessorCode { get; set; }
    public string? Note { get; set; }
    public int SortOrder { get; set; }
}
