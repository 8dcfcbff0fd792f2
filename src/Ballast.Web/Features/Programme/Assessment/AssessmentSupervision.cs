namespace Ballast.Web.Features.Programme;

/// <summary>The supervision items (督办) that cost a unit points: those still open after their due
/// date and those closed late — <see cref="SupervisionFigures"/>' Overdue + ClosedLate, as of today
/// in the city. This lists the items behind that count, for a unit's breakdown.</summary>
public static class AssessmentSupervision
{
    public static int Counted(SupervisionCounts c) => c.Overdue + c.ClosedLate;

    public static IQueryable<SupervisionItem> Overdue(IQueryable<SupervisionItem> items, int year, DateOnly today) =>
        items.Where(s => s.Year == year && (s.State == SupervisionState.Closed
            ? s.ClosedOn == null || s.ClosedOn > s.DueOn
            : s.DueOn < today));
}
