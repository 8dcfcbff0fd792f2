
namespace Ballast.Web.Features.Programme;

/// <summary>An overdue problem or supervision item.</summary>
public sealed record OverdueItem(int Id, string Title, string? About, string? Unit, DateOnly DueOn, int DaysOverdue, string State, string Link);
