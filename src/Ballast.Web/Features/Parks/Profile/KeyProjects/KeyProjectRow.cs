using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Parks;

/// <summary>A project on a park's key list with the year's plan and completion where the monthly dispatch has them
/// (null: not a city key project this year, or nothing reported).</summary>
public sealed record KeyProjectRow(int Id, int ProjectId, string Name, ProjectStage Stage, decimal TotalInvestment, string? Note,
    decimal? PlanWan, decimal? YtdWan, bool IsDemo);
