namespace Ballast.Web.Features.Reference;

/// <summary>A top-level area of the 2018 strategic emerging industries classification.</summary>
public sealed class EmergingArea
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
}
