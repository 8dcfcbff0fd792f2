namespace Ballast.Web.Features.Projects.Import;

/// <summary>A key project of the year as a monthly sheet names it.</summary>
internal sealed record MonthlyKey(int Id, int OwnerUnitId, string Name, string? ProjectCode);
