using Ballast.Web.Features.Lists;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>Adds one planned project's records to the context: the project with its stage history, its
/// years on the key list with their reports, now and then a problem, its landing-list entry.</summary>
internal sealed class PlanWriter(AppDbContext db, ProjectBuilder projects, KeyYearBuilder keys, ProblemDraw problems, Draws draw, GeneratedCounts counts)
{
    public async Task AddAsync(ProjectPlan plan, int serial)
    {
        var project = await projects.BuildAsync(plan, serial);
        db.Projects.Add(project);
        counts.Projects++;
        counts.StageChanges += project.StageChanges.Count;
        var spent = 0m;
        foreach (var (year, keyClass) in plan.KeyYears)
        {
            var key = keys.Build(project, year, keyClass, spent);
            db.KeyProjects.Add(key);
            spent += key.Reports.Sum(x => x.Completed);
            counts.KeyProjects++;
            counts.MonthlyReports += key.Reports.Count;
            if (keyClass == KeyProjectClass.Construction && draw.Chance(0.05))
            {
                db.Problems.Add(problems.Draw(project, year));
                counts.Problems++;
            }
        }
        if (plan.LandingYear is { } landing)
        {
            db.LandingList.Add(new LandingListEntry { Project = project, Year = landing, OwnerUnitId = project.OwnerUnitId });
            counts.LandingEntries++;
        }
    }
}
