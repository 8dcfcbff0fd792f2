using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Firms' per-mu grades as published: for each population and year only the latest published run counts
/// (a rerun supersedes). A firm in two populations of a year (its district and its park) shows the worse grade.</summary>
public static class PublishedGrades
{
    public sealed record Graded(int EnterpriseId, int Year, PerMuGrade? Grade, decimal? Score, int RunId);

    public static async Task<List<Graded>> LoadAsync(AppDbContext db, IReadOnlyCollection<int>? firmIds = null)
    {
        var runs = await db.PerMuRuns.AsNoTracking().Where(r => r.State == RunState.Published)
            .Select(r => new { r.Id, r.PopulationUnitId, r.Year, r.Number }).ToListAsync();
        var latest = runs.GroupBy(r => (r.PopulationUnitId, r.Year)).Select(g => g.MaxBy(r => r.Number)!).ToDictionary(r => r.Id, r => r.Year);
        var ids = latest.Keys.ToList();
        var q = db.PerMuResults.AsNoTracking().Where(x => ids.Contains(x.RunId));
        if (firmIds is not null)
        {
            q = q.Where(x => firmIds.Contains(x.EnterpriseId));
        }
        var results = await q.Select(x => new { x.RunId, x.EnterpriseId, x.Grade, x.Score }).ToListAsync();
        // Grades order A < B < C < D < T; T (not graded) only when nothing else was given that year.
        return [.. results.Select(x => new Graded(x.EnterpriseId, latest[x.RunId], x.Grade, x.Score, x.RunId))
            .GroupBy(x => (x.EnterpriseId, x.Year))
            .Select(g => g.OrderBy(x => x.Grade is PerMuGrade.T or null ? -1 : (int)x.Grade.Value).Last())
            .OrderBy(x => x.EnterpriseId).ThenBy(x => x.Year)];
    }
}
