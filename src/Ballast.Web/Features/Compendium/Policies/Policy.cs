using Ballast.Web.Common;

namespace Ballast.Web.Features.Compendium;

/// <summary>A policy in the compendium (政策汇编): city, district or park, general (普惠) or targeted (精准).
/// Owned by the unit that keeps it; everyone signed in reads it, and the public reads it once published.</summary>
public sealed class Policy : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    /// <summary>The short, stable public code in its address (/p/{Code}) and QR code; never changes.</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    /// <summary>文号, e.g. 青政发〔2023〕5号.</summary>
    public string? DocumentNumber { get; set; }
    public required string Issuer { get; set; }
    public PolicyLevel Level { get; set; }
    public PolicyKind Kind { get; set; }
    /// <summary>The district (or park unit) a district or park policy applies in; null for a city policy.</summary>
    public int? AreaUnitId { get; set; }
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? Summary { get; set; }
    /// <summary>The full text, pasted or read from a .docx; searched with the title and number.</summary>
    public string? FullText { get; set; }
    public PolicyStatus Status { get; set; }
    /// <summary>The policy that replaced this one, when <see cref="Status"/> is Replaced.</summary>
    public int? ReplacedById { get; set; }
    /// <summary>Shown on the public pages (and in the booklet) only when published.</summary>
    public bool IsPublished { get; set; }
    public int OwnerUnitId { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<PolicyChain> Chains { get; set; } = [];
    public List<PolicyIndustry> Industries { get; set; } = [];
    public List<PolicyContact> Contacts { get; set; } = [];
    public List<PolicyCondition> Conditions { get; set; } = [];
}
