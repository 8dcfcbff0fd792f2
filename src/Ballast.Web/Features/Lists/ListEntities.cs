using Ballast.Web.Common;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Lists;

/// <summary>A project on a year's list of projects to land (重点落地清单).</summary>
public sealed class LandingListEntry : IUnitOwned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public int Year { get; set; }
    public int OwnerUnitId { get; set; }
}

/// <summary>A firm or project the city wants to attract (招引清单), not yet in negotiation.</summary>
public sealed class AttractionTarget : IUnitOwned
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    public string? Country { get; set; }
    public int? ChainId { get; set; }
    public Reference.Chain? Chain { get; set; }
    public decimal? ExpectedInvestment { get; set; }
    public string? Note { get; set; }
    public int OwnerUnitId { get; set; }
    public Organisation.Unit? OwnerUnit { get; set; }
    /// <summary>Set when the target became a project in Ballast.</summary>
    public int? ProjectId { get; set; }
}

public enum CarrierKind
{
    Land,
    Building,
    Factory,
}

public enum CarrierAvailability
{
    Available,
    Reserved,
    Taken,
}

/// <summary>Space on offer to investors (招商载体): a land parcel, a building or standard factories.</summary>
public sealed class Carrier : IUnitOwned
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
}
