using Ballast.Web.Common;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;

namespace Ballast.Web.Features.Projects;

/// <summary>An investment project from its first lead onwards: one record through its whole life.
/// Owned by the unit (usually a district) that reports it, which decides who may see and change it.</summary>
public sealed class Project : IUnitOwned, IVersioned, IUsesLand
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    /// <summary>The department answering for the project, when it is not the owner.</summary>
    public int? ResponsibleUnitId { get; set; }
    public Unit? ResponsibleUnit { get; set; }
    public int? ParkUnitId { get; set; }
    public Unit? ParkUnit { get; set; }

    public string? InvestorName { get; set; }
    public string? InvestorUscc { get; set; }
    /// <summary>Country or region of a foreign investor (e.g. 日本, 中国香港).</summary>
    public string? InvestorCountry { get; set; }
    /// <summary>The investor's record in the enterprise registry, linked by USCC.</summary>
    public int? InvestorEnterpriseId { get; set; }
    public bool IsFortune500 { get; set; }
    public bool IsCentralSoe { get; set; }
    public bool IsListed { get; set; }
    public bool IsForeignInvested { get; set; }

    /// <summary>Total investment in 万元. For an expansion, the increment only.</summary>
    public decimal TotalInvestment { get; set; }
    /// <summary>Foreign capital in 万美元.</summary>
    public decimal? ForeignCapital { get; set; }
    /// <summary>National investment project code (GB/T 40058 or legacy); unique when present.</summary>
    public string? ProjectCode { get; set; }

    public ProjectStage Stage { get; set; }
    public int? ChainId { get; set; }
    public Chain? Chain { get; set; }
    public string? IndustryDivisionCode { get; set; }
    public string? EmergingAreaCode { get; set; }
    public string? ConstructionContent { get; set; }
    public int? Jobs { get; set; }
    /// <summary>Land the project uses (用地面积), in 亩: what the parks' per-mu results divide by.</summary>
    public decimal? LandAreaMu { get; set; }
    public string? ParcelCode { get; set; }
    public DateOnly? LandRightOn { get; set; }
    public bool IsStandardLand { get; set; }

    public DateOnly? PlannedStartOn { get; set; }
    public DateOnly? PlannedCompletionOn { get; set; }
    /// <summary>Dates the project reached each stage; kept from the stage history for counting.</summary>
    public DateOnly? SignedOn { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? OperatingOn { get; set; }

    public int? LeaderId { get; set; }
    public Leader? Leader { get; set; }

    public ProjectOrigin Origin { get; set; }
    public ReferrerKind? ReferrerKind { get; set; }
    public string? ReferrerName { get; set; }
    /// <summary>A referral counts only when the referrer was registered before the signing.</summary>
    public DateOnly? ReferrerRegisteredOn { get; set; }
    public string? OriginNote { get; set; }

    /// <summary>The project this one expands; an expansion counts only its increment, never as a new project.</summary>
    public int? ExpansionOfId { get; set; }
    public Project? ExpansionOf { get; set; }
    /// <summary>Set when the programme office merged this record into another as a duplicate.</summary>
    public int? MergedIntoId { get; set; }

    public bool IsDemo { get; set; }
    public DateOnly CreatedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency: bumped on every save, checked by the database.</summary>
    public int Version { get; set; }

    public List<ProjectStageChange> StageChanges { get; set; } = [];
}
