using Ballast.Web.Common;

namespace Ballast.Web.Features.Projects;

/// <summary>A project's place on a year's municipal key-project list, with its annual plan.</summary>
public sealed class KeyProject : IUnitOwned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public int Year { get; set; }
    public KeyProjectClass Class { get; set; }
    /// <summary>Investment planned for the year, in 万元; null while the plan is pending (计划待下达):
    /// the project is on the list, but its completion cannot be judged until the plan arrives.</summary>
    public decimal? PlannedInvestment { get; set; }
    /// <summary>Copied from the project so that scope filters need no join.</summary>
    public int OwnerUnitId { get; set; }
    public List<MonthlyReport> Reports { get; set; } = [];
}
