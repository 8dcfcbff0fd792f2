using Ballast.Web.Common;

namespace Ballast.Web.Features.Organisation;

/// <summary>An organisational unit. Users belong to one; records are owned by one, and a user's
/// data scope is their unit and every unit below it.</summary>
public sealed class Unit : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public UnitKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Unit? Parent { get; set; }
    public string? RegionCode { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
}
