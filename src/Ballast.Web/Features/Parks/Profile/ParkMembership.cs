using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>A firm's stay in a park (有进有退): when it entered, and when and why it left.</summary>
public sealed class ParkMembership : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprises.Enterprise? Enterprise { get; set; }
    /// <summary>The project that brought the firm in, if any.</summary>
    public int? ProjectId { get; set; }
    public DateOnly EnteredOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public string? ExitReason { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
