namespace Ballast.Web.Features.Reference;

/// <summary>A group of industries in a city's system (新兴产业 / 优势产业 / 未来产业). Data, not
/// code: a city may change its system from one year to the next.</summary>
public sealed class IndustryGroup
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public int SortOrder { get; set; }
}
