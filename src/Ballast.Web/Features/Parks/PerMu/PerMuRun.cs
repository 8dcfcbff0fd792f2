using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>One evaluation of a population (a district's or a park's firms) under a scheme. Drafted, reviewed,
/// published; once published it is frozen, and running it again makes the next version.</summary>
public sealed class PerMuRun : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int SchemeId { get; set; }
    public PerMuScheme? Scheme { get; set; }
    public int Year { get; set; }
    public PopulationKind PopulationKind { get; set; }
    /// <summary>The district's or the park's unit.</summary>
    public int PopulationUnitId { get; set; }
    /// <summary>1 for the first run of this population and year, then 2, 3 ….</summary>
    public int Number { get; set; }
    public RunState State { get; set; }
    public required string RunBy { get; set; }
    public DateTimeOffset RunAt { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? PublishedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Note { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
