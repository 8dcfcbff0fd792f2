using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>A key work item (重点工作清单) of a park: who answers for it and by when, chased like a problem.</summary>
public sealed class ParkWorkItem : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public int? ResponsibleUnitId { get; set; }
    public string? OwnerName { get; set; }
    public DateOnly DueOn { get; set; }
    public WorkItemState State { get; set; }
    public DateOnly? DoneOn { get; set; }
    public string? Progress { get; set; }
    public int OwnerUnitId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
}

public enum WorkItemState
{
    Open,
    Done,
    Cancelled,
}
