using Ballast.Web.Common;

namespace Ballast.Web.Features.Services;

/// <summary>An office building of the building economy (楼宇经济). Its firms are the registry's firms whose
/// <c>BuildingId</c> points here; its yearly tax is their tax, or an entered figure where theirs is missing.</summary>
public sealed class Building : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int OwnerUnitId { get; set; }
    public Organisation.Unit? OwnerUnit { get; set; }
    public string? Address { get; set; }
    /// <summary>What the building gathers (金融, 软件信息, 总部 …).</summary>
    public string? Theme { get; set; }
    /// <summary>Recognised as a specialty building (专业特色楼宇) in this year, at this level.</summary>
    public int? SpecialtyYear { get; set; }
    public Enterprises.DesignationLevel? SpecialtyLevel { get; set; }
    /// <summary>Floor area in m².</summary>
    public decimal? FloorAreaM2 { get; set; }
    /// <summary>Share of floor area let, in percent.</summary>
    public decimal? OccupancyPercent { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
}
