using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>One project as the planner decided it: its dated steps and its years on the key list.
/// The rest (names, investor, codes) is drawn when the project is written.</summary>
internal sealed class ProjectPlan(DateOnly createdOn, decimal totalInvestment)
{
    public DateOnly CreatedOn { get; } = createdOn;
    public decimal TotalInvestment { get; } = totalInvestment;
    public List<(ProjectStage Stage, DateOnly On)> Steps { get; } = [];
    public List<(int Year, KeyProjectClass Class)> KeyYears { get; } = [];
    /// <summary>The year the project is on the list of projects to land, if any.</summary>
    public int? LandingYear { get; set; }

    public DateOnly? On(ProjectStage stage) => Steps.Where(s => s.Stage == stage).Select(s => (DateOnly?)s.On).FirstOrDefault();

    public DateOnly Last => Steps.Count == 0 ? CreatedOn : Steps[^1].On;

    /// <summary>Adds the step when it falls on or before the horizon; false (and nothing added) when it does not.</summary>
    public bool Step(ProjectStage stage, DateOnly on, DateOnly horizon)
    {
        if (on > horizon)
        {
            return false;
        }
        Steps.Add((stage, on));
        return true;
    }
}
