using Ballast.Web.Common;

namespace Ballast.Web.Features.Compendium;

/// <summary>A key project the city chose to show on its public pages, with what it chose to release:
/// the public pages show no figure whose flag is off.</summary>
public sealed class PublishedProject : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Projects.Project? Project { get; set; }
    /// <summary>The name the public sees (may differ from the internal one).</summary>
    public required string PublicName { get; set; }
    public string? PublicSummary { get; set; }
    public bool ShowsTotalInvestment { get; set; }
    /// <summary>Shows this year's completed investment against the year's plan.</summary>
    public bool ShowsCompletion { get; set; }
    public DateOnly PublishedOn { get; set; }
    public int SortOrder { get; set; }
    /// <summary>The project's owner: the unit that decides what of its project is released.</summary>
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
