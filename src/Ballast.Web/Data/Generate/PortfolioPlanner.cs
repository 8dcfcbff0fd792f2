using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>Decides the portfolio before anything is written: each year's construction-class key
/// projects (about 45 % carried over from the year before while still building, the rest new
/// starts), its preparation-class ones, and a pipeline of leads, signings and finished projects
/// filling the rest. Projects come out in the order they were first recorded.</summary>
internal sealed partial class PortfolioPlanner(Draws draw, GenerateOptions options, DateOnly horizon)
{
    public List<ProjectPlan> Plan()
    {
        var scale = options.Scale;
        var plans = new List<ProjectPlan>();
        List<ProjectPlan> building = [];
        for (var year = options.FirstYear; year <= options.LastYear; year++)
        {
            var midYear = new DateOnly(year, 6, 30);
            var still = building.Where(p => p.On(ProjectStage.Operating) is not { } done || done > midYear).ToArray();
            draw.Shuffle(still);
            var current = still.Take(scale.ConstructionPerYear * 9 / 20).ToList();
            while (current.Count < scale.ConstructionPerYear)
            {
                current.Add(Building(year));
                plans.Add(current[^1]);
            }
            current.ForEach(p => p.KeyYears.Add((year, KeyProjectClass.Construction)));
            for (var i = scale.ConstructionPerYear; i < scale.KeyProjectsPerYear; i++)
            {
                var p = Preparing(year);
                p.KeyYears.Add((year, KeyProjectClass.Preparation));
                plans.Add(p);
            }
            building = current;
        }
        while (plans.Count < scale.Projects)
        {
            plans.Add(Pipeline());
        }
        // OrderBy is stable: the same plans give the same order, and ids follow the first date.
        return [.. plans.OrderBy(p => p.CreatedOn)];
    }
}
