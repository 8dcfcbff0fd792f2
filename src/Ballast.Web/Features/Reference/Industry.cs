namespace Ballast.Web.Features.Reference;

/// <summary>A GB/T 4754-2017 section (门类, one letter).</summary>
public sealed class IndustrySection
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public List<IndustryDivision> Divisions { get; set; } = [];
}

/// <summary>A GB/T 4754-2017 division (大类, two digits).</summary>
public sealed class IndustryDivision
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public required string SectionCode { get; set; }
}

/// <summary>A top-level area of the 2018 strategic emerging industries classification.</summary>
public sealed class EmergingArea
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
}
