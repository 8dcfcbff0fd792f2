using Ballast.Web.Common;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A designation granted to a firm, or to an area or organisation that is not a firm in the registry
/// (a service cluster, an innovation centre): <see cref="SubjectName"/> then names it. Owned by the unit that
/// records it; everyone who reads firms reads it.</summary>
public sealed class Designation : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public required string KindCode { get; set; }
    public DesignationKind? Kind { get; set; }
    public int? EnterpriseId { get; set; }
    public Enterprise? Enterprise { get; set; }
    public string? SubjectName { get; set; }
    /// <summary>The district the subject is in (the firm's own district for a firm).</summary>
    public int? DistrictUnitId { get; set; }
    public DesignationLevel Level { get; set; }
    public int Year { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>The document that granted it (文号 or title), as published.</summary>
    public string? SourceDocument { get; set; }
    public int OwnerUnitId { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
}
