using Ballast.Web.Common;

namespace Ballast.Web.Features.Lists;

/// <summary>Space on offer to investors (招商载体): a land parcel, a building or standard factories.</summary>
public sealed class Carrier : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public CarrierKind Kind { get; set; }
    public string? Location { get; set; }
    public int OwnerUnitId { get; set; }
    public Organisation.Unit? OwnerUnit { get; set; }
    public int? ParkUnitId { get; set; }
    /// <summary>Land in 亩.</summary>
    public decimal? AreaMu { get; set; }
    /// <summary>Floor space in m².</summary>
    public decimal? AreaSquareMetres { get; set; }
    public CarrierAvailability Availability { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public string? Contact { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}
