namespace Ballast.Web.Features.Parks;

/// <summary>A work item as the park page, the chase page and the API show it. <see cref="DaysOverdue"/> counts from
/// the due date to today for an open item past it; zero otherwise.</summary>
public sealed record WorkItemRow(int Id, int ParkId, string Park, string? ParkEn, int Year, string Title, int? ResponsibleUnitId,
    string? Responsible, string? ResponsibleEn, string? OwnerName, DateOnly DueOn, WorkItemState State, DateOnly? DoneOn, string? Progress,
    int DaysOverdue, int Version)
{
    public bool IsOverdue => DaysOverdue > 0;
}
