using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>One of a park's "5个1" items, with its state and the evidence that it exists.</summary>
public sealed class ParkMechanism : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public MechanismItem Item { get; set; }
    public MechanismState State { get; set; }
    /// <summary>What it is: the task force's head, the plan's title, the fund's size …</summary>
    public string? Note { get; set; }
    /// <summary>The document that proves it (文号 or title).</summary>
    public string? EvidenceDocument { get; set; }
    public string? EvidenceFileName { get; set; }
    public string? EvidenceContentType { get; set; }
    public byte[]? EvidenceContent { get; set; }
    public DateOnly? UpdatedOn { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
