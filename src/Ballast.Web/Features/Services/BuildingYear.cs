namespace Ballast.Web.Features.Services;

/// <summary>A building's tax for a year entered as a whole (万元), with its source: used only when none of
/// its firms reported tax for that year, and always shown as entered.</summary>
public sealed class BuildingYear : Common.IVersioned
{
    public int Id { get; set; }
    public int BuildingId { get; set; }
    public int Year { get; set; }
    public decimal EnteredTax { get; set; }
    public required string Source { get; set; }
    public int Version { get; set; }
}
