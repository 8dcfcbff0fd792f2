using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>Ten demo key projects on the public pages (marked 演示), with a mix of what is released: some show total
/// investment, some this year's completion, some both, some neither. Saved through <see cref="PublishedProjectSave"/>;
/// deterministic (the first construction projects of the year by id, flags from the seeded draw).</summary>
public static class DemoPublished
{
    public const int Count = 10;

    public static async Task SeedAsync(IServiceProvider sp, int seed = 2023)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.PublishedProjects.AnyAsync())
        {
            return;
        }
        var rng = new Random(seed);
        var projects = await db.KeyProjects.AsNoTracking()
            .Where(k => k.Year == 2023 && k.Class == KeyProjectClass.Construction && k.Project!.IsDemo && k.Project.MergedIntoId == null)
            .OrderBy(k => k.ProjectId).Select(k => new { k.ProjectId, k.Project!.Name, k.Project.Stage }).Take(Count).ToListAsync();
        var save = sp.GetRequiredService<PublishedProjectSave>();
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            var name = p.Name.Contains("演示", StringComparison.Ordinal) ? p.Name : p.Name + "（演示）";
            var result = await save.CreateAsync(new PublishedProjectInput
            {
                ProjectId = p.ProjectId, PublicName = name, SortOrder = (i + 1) * 10,
                PublicSummary = $"{StageNames.Of(p.Stage)}阶段的市级重点建设项目，公开内容由项目所在区市确定。",
                // Every combination appears: both, investment only, completion only, neither.
                ShowsTotalInvestment = i % 4 is 0 or 1 || rng.Next(3) == 0,
                ShowsCompletion = i % 4 is 0 or 2,
            });
            if (result.Outcome != PublishOutcome.Saved)
            {
                throw new InvalidOperationException($"demo publication of project {p.ProjectId} refused: {result.Outcome}");
            }
        }
    }
}
