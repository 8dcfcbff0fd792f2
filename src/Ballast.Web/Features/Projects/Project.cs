using Ballast.Web.Common;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;

namespace Ballast.Web.Features.Projects;

public enum ProjectStage
{
    Lead,
    Negotiating,
    Signed,
    Registered,
    Started,
    Operating,
    Paused,
    Dropped,
}

/// <summary>An investment project from its first lead onwards. Owned by the unit (usually a
/// district) that reports it, which decides who may see and change it.</summary>
public sealed class Project : IUnitOwned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    public string? InvestorName { get; set; }
    /// <summary>Total investment in 万元.</summary>
    public decimal TotalInvestment { get; set; }
    public ProjectStage Stage { get; set; }
    public int? ChainId { get; set; }
    public Chain? Chain { get; set; }
    /// <summary>Demo records are marked so that nobody takes them for real figures.</summary>
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
