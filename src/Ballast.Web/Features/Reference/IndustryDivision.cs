namespace Ballast.Web.Features.Reference;

/// <summary>A GB/T 4754-2017 division (大类, two digits).</summary>
public sealed class IndustryDivision
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public required string SectionCode { get; set; }
}
