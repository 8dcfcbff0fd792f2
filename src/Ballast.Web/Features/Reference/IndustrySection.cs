namespace Ballast.Web.Features.Reference;

/// <summary>A GB/T 4754-2017 section (门类, one letter).</summary>
public sealed class IndustrySection
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public List<IndustryDivision> Divisions { get; set; } = [];
}
