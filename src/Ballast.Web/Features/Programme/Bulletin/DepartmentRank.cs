
namespace Ballast.Web.Features.Programme;

/// <summary>A lead department's place by the weighted average score of the indicators it leads.</summary>
public sealed record DepartmentRank(int? Rank, int UnitId, string Name, int Indicators, Rollup.Result Rollup);
