
namespace Ballast.Web.Features.Programme;

/// <summary>A year's supervision items by outcome. <see cref="Open"/> is every item not closed,
/// <see cref="Overdue"/> those of them past their due date; a closed item is on time when it was
/// closed by its due date (after any extension granted).</summary>
public readonly record struct SupervisionCounts(int Open, int Overdue, int ClosedOnTime, int ClosedLate)
{
    public int Total => Open + ClosedOnTime + ClosedLate;

    public static SupervisionCounts operator +(SupervisionCounts a, SupervisionCounts b) =>
        new(a.Open + b.Open, a.Overdue + b.Overdue, a.ClosedOnTime + b.ClosedOnTime, a.ClosedLate + b.ClosedLate);
}
