using Ballast.Web.Common;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A firm in the registry (企业库), keyed by its USCC; a foreign or not-yet-registered firm has
/// none and is keyed by name and country. Owned by the district it sits in, which sees and keeps it.</summary>
public sealed class Enterprise : IUnitOwned, IVersioned, IUsesLand
{
    public int Id { get; set; }
    /// <summary>Unified social credit code (GB 32100), upper case; unique when present.</summary>
    public string? Uscc { get; set; }
    /// <summary>Why a code that fails the check digit was kept (early pilot codes were issued so).</summary>
    public string? UsccNote { get; set; }
    public required string Name { get; set; }
    /// <summary>Names the firm went by before, separated by "；": published lists still use them.</summary>
    public string? FormerNames { get; set; }
    /// <summary>Country or region of a firm registered outside the mainland (日本, 中国香港); null for a domestic firm.</summary>
    public string? Country { get; set; }
    public int OwnerUnitId { get; set; }
    public Organisation.Unit? OwnerUnit { get; set; }
    public string? Address { get; set; }
    /// <summary>GB/T 4754-2017 division (大类, two digits).</summary>
    public string? IndustryDivisionCode { get; set; }
    /// <summary>The chain the firm mainly belongs to; its nodes are in the chain map.</summary>
    public int? ChainId { get; set; }
    public Reference.Chain? Chain { get; set; }
    /// <summary>Registered capital in 万元.</summary>
    public decimal? RegisteredCapital { get; set; }
    public DateOnly? FoundedOn { get; set; }
    public bool IsListed { get; set; }
    /// <summary>Counted by the statistics bureau as above designated size (规上/限上).</summary>
    public bool IsAboveScale { get; set; }
    /// <summary>The building it occupies (楼宇经济), if any.</summary>
    public int? BuildingId { get; set; }
    /// <summary>Land the firm uses now, in 亩; a year's figures may carry that year's own area.</summary>
    public decimal? LandAreaMu { get; set; }
    public string? ParcelCode { get; set; }
    public DateOnly? LandRightOn { get; set; }
    public bool IsStandardLand { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
}
