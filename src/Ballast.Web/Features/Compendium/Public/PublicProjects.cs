using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The published key projects for the public pages. Projects and their reports are scoped records, so the
/// queries read city-wide for the length of the call and select only the released fields; a figure whose flag is
/// off is never read at all.</summary>
public sealed class PublicProjects(AppDbContext db, UserScope scope)
{
    public async Task<List<PublicProject>> ListAsync(int? id = null)
    {
        using var cityWide = scope.ReadingCityWide();
        var query = db.PublishedProjects.AsNoTracking().Where(p => p.Project!.MergedIntoId == null);
        if (id is not null)
        {
            query = query.Where(p => p.Id == id);
        }
        var rows = await query.OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.ProjectId, p.ShowsCompletion,
                View = new PublicProject(p.Id, p.PublicName, p.PublicSummary, p.Project!.Stage,
                    p.ShowsTotalInvestment ? p.Project.TotalInvestment : null, p.PublishedOn),
            })
            .ToListAsync();
        var completion = await CompletionAsync([.. rows.Where(r => r.ShowsCompletion).Select(r => r.ProjectId)]);
        return [.. rows.Select(r => r.View with { Completion = r.ShowsCompletion ? completion.GetValueOrDefault(r.ProjectId) : null })];
    }

    private async Task<Dictionary<int, PublicCompletion>> CompletionAsync(List<int> projectIds)
    {
        if (projectIds.Count == 0)
        {
            return [];
        }
        // The project's latest year on the key-project list is "this year" for the public page.
        var keys = (await db.KeyProjects.AsNoTracking().Where(k => projectIds.Contains(k.ProjectId))
                .Select(k => new { k.Id, k.ProjectId, k.Year, k.PlannedInvestment }).ToListAsync())
            .GroupBy(k => k.ProjectId).Select(g => g.MaxBy(k => k.Year)!).ToList();
        var keyIds = keys.Select(k => k.Id).ToList();
        var sums = await db.MonthlyReports.AsNoTracking()
            .Where(r => keyIds.Contains(r.KeyProjectId) && MonthlyReport.Counted.Contains(r.State))
            .GroupBy(r => r.KeyProjectId)
            .Select(g => new { g.Key, Done = g.Sum(r => r.Completed), Through = g.Max(r => r.Period!.Month) })
            .ToDictionaryAsync(s => s.Key);
        var years = keys.Select(k => k.Year).Distinct().ToList();
        var months = await db.ReportingPeriods.AsNoTracking().Where(p => years.Contains(p.Year))
            .GroupBy(p => p.Year).Select(g => new { g.Key, Month = g.Max(p => p.Month) }).ToDictionaryAsync(m => m.Key, m => m.Month);
        return keys.ToDictionary(k => k.ProjectId, k =>
        {
            var sum = sums.GetValueOrDefault(k.Id);
            return new PublicCompletion(k.Year, months.TryGetValue(k.Year, out var m) ? m : null, k.PlannedInvestment,
                sum?.Done ?? 0m, sum?.Through);
        });
    }
}
