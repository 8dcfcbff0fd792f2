using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Runs and results as the pages, the exports and the API read them. Runs keep to the reader's scope;
/// a run's results are read through the run, so whoever sees the run sees its firms.</summary>
public static class PerMuQuery
{
    /// <summary>The runs <paramref name="filter"/> keeps, with their counts; filter and order the runs, not the summaries.</summary>
    public static IQueryable<RunSummary> Runs(AppDbContext db, Func<IQueryable<PerMuRun>, IQueryable<PerMuRun>> filter) =>
        from r in filter(db.PerMuRuns.AsNoTracking())
        join s in db.PerMuSchemes on r.SchemeId equals s.Id
        join u in db.Units on r.PopulationUnitId equals u.Id
        select new RunSummary(r.Id, r.SchemeId, s.Name, r.Year, r.PopulationKind, r.PopulationUnitId, u.Name, r.Number, r.State, r.RunBy, r.RunAt,
            r.ReviewedBy, r.PublishedBy, db.PerMuResults.Count(x => x.RunId == r.Id), db.PerMuResults.Count(x => x.RunId == r.Id && x.Score != null),
            db.PerMuResults.Count(x => x.RunId == r.Id && x.Grade == PerMuGrade.T), db.PerMuResults.Count(x => x.RunId == r.Id && x.Missing != null),
            db.PerMuResults.Count(x => x.RunId == r.Id && x.Grade == PerMuGrade.A), db.PerMuResults.Count(x => x.RunId == r.Id && x.Grade == PerMuGrade.B),
            db.PerMuResults.Count(x => x.RunId == r.Id && x.Grade == PerMuGrade.C), db.PerMuResults.Count(x => x.RunId == r.Id && x.Grade == PerMuGrade.D),
            r.Version);

    /// <summary>The run's firms, ranked first (by group, then rank), then those missing figures, then the exempt.</summary>
    public static async Task<List<ResultRow>> ResultsAsync(AppDbContext db, int runId)
    {
        var rows = await (from x in db.PerMuResults.AsNoTracking().Where(x => x.RunId == runId && db.PerMuRuns.Any(r => r.Id == x.RunId))
                          join e in db.Enterprises.IgnoreQueryFilters() on x.EnterpriseId equals e.Id
                          orderby x.Score == null, x.Grade == PerMuGrade.T, x.Group, x.Rank, e.Name
                          select new { x.EnterpriseId, e.Uscc, e.Name, e.IndustryDivisionCode, x.Group, x.Score, x.Grade, x.Rank, x.Missing, x.ExemptReason, x.Explanation })
            .ToListAsync();
        return [.. rows.Select(r => new ResultRow(r.EnterpriseId, r.Uscc, r.Name, r.IndustryDivisionCode, r.Group, r.Score, r.Grade, r.Rank, r.Missing,
            r.ExemptReason, PerMuExplanation.Read(r.Explanation)))];
    }

    /// <summary>Each firm's grade in the latest published run of the same population in an earlier year.</summary>
    public static async Task<(int? Year, Dictionary<int, PerMuGrade?> Grades)> PreviousAsync(AppDbContext db, PerMuRun run)
    {
        var previous = await db.PerMuRuns.AsNoTracking().Where(r => r.PopulationUnitId == run.PopulationUnitId && r.Year < run.Year && r.State == RunState.Published)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Number).FirstOrDefaultAsync();
        if (previous is null)
        {
            return (null, []);
        }
        var grades = await db.PerMuResults.AsNoTracking().Where(x => x.RunId == previous.Id).Select(x => new { x.EnterpriseId, x.Grade })
            .ToDictionaryAsync(x => x.EnterpriseId, x => x.Grade);
        return (previous.Year, grades);
    }

    /// <summary>A firm's results in published runs it may be read through, newest year first.</summary>
    public static Task<List<FirmYearResult>> OfFirmAsync(AppDbContext db, int enterpriseId) =>
        (from x in db.PerMuResults.AsNoTracking().Where(x => x.EnterpriseId == enterpriseId)
         join r in db.PerMuRuns on x.RunId equals r.Id
         join s in db.PerMuSchemes on r.SchemeId equals s.Id
         join u in db.Units on r.PopulationUnitId equals u.Id
         orderby r.Year descending, r.Number descending
         select new FirmYearResult(r.Id, r.Year, r.Number, r.State, s.Name, s.Scoring, u.Name, x.Group, x.Score, x.Grade, x.Rank, x.Missing,
             x.ExemptReason, x.Explanation)).ToListAsync();
}
