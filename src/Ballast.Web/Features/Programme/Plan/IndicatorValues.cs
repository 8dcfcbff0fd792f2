using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>The plan with every indicator's value for a month — from the records (computed rules)
/// or from the lead unit's submission for that period — its status, and the weighted roll-up to
/// tasks, battles and the plan. Shared by the plan page, the bulletin and the assessment.</summary>
public sealed class IndicatorValues(AppDbContext db, ComputedIndicators computed, KeyProjectFigures figures, FigureCache cache)
{
    /// <summary>The same for every reader (the programme's figures are the city's), so kept once per
    /// year and month until the data changes; the key still carries the scope, which costs little.</summary>
    public Task<PlanResult?> ForPlanAsync(int year, int? requestedMonth) =>
        cache.GetAsync(db, $"plan|{year}|{requestedMonth}", () => ComputeAsync(year, requestedMonth));

    private async Task<PlanResult?> ComputeAsync(int year, int? requestedMonth)
    {
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.Battles).ThenInclude(b => b.Tasks)
            .Include(p => p.Battles).ThenInclude(b => b.Indicators).ThenInclude(i => i.LeadUnit)
            .Include(p => p.Battles).ThenInclude(b => b.Indicators).ThenInclude(i => i.Supporting).ThenInclude(s => s.Unit)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Year == year);
        if (plan is null)
        {
            return null;
        }
        var months = await db.ReportingPeriods.AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.Month).Select(p => p.Month).ToListAsync();
        var month = requestedMonth is { } r && months.Contains(r) ? r : months.Count > 0 ? months[^1] : 2;
        var thresholds = await figures.ThresholdsAsync(year);
        // Indicator values are the programme's shared figures: everyone in it reads them, whatever
        // unit reported them (the explicit scope bypass for this read).
        var submissions = await db.IndicatorSubmissions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Period!.Year == year && s.Period.Month == month
                && (s.State == SubmissionState.Submitted || s.State == SubmissionState.Accepted))
            .ToListAsync();

        var battles = new List<BattleResult>();
        foreach (var battle in plan.Battles.OrderBy(b => b.SortOrder))
        {
            var results = new List<IndicatorResult>();
            foreach (var i in battle.Indicators.OrderBy(i => i.SortOrder))
            {
                results.Add(await EvaluateAsync(i, year, month, thresholds, submissions));
            }
            var tasks = battle.Tasks.OrderBy(t => t.SortOrder)
                .Select(t => Task(t, results.Where(x => x.Indicator.TaskId == t.Id).ToList()))
                .Where(t => t.Indicators.Count > 0).ToList();
            var loose = results.Where(x => x.Indicator.TaskId is null || battle.Tasks.All(t => t.Id != x.Indicator.TaskId)).ToList();
            if (loose.Count > 0)
            {
                tasks.Add(Task(null, loose));
            }
            battles.Add(new BattleResult(battle, Rollup.Of(tasks.Select(t => (t.Task?.Weight ?? 1m, t.Rollup.Score))), tasks));
        }
        return new PlanResult(plan, month, months, Rollup.Of(battles.Select(b => (b.Battle.Weight, b.Rollup.Score))), battles);
    }

    private static TaskResult Task(PlanTask? task, List<IndicatorResult> indicators) =>
        new(task, Rollup.Of(indicators.Select(x => (x.Indicator.Weight, x.Score))), indicators);

    private async Task<IndicatorResult> EvaluateAsync(Indicator i, int year, int month, StatusThresholds t, List<IndicatorSubmission> submissions)
    {
        if (i.ComputedRule is { } rule && ComputedIndicators.Find(rule) is not null)
        {
            ComputedValue c;
            // The programme's figures are the city's, like its targets: a district reads the same plan.
            using (db.Scope.ReadingCityWide())
            {
                c = await computed.ComputeAsync(rule, year, month, i.Deadline);
            }
            return new IndicatorResult(i, c.Value, null, c.Link, c.Unavailable, IndicatorStatus.Evaluate(i, c.Value, null, month, year, t), null, c.Plans);
        }
        var s = submissions.Where(x => x.IndicatorId == i.Id).OrderByDescending(x => x.OwnerUnitId == i.LeadUnitId).FirstOrDefault();
        return new IndicatorResult(i, s?.Value, s?.Done, null, null, IndicatorStatus.Evaluate(i, s?.Value, s?.Done, month, year, t), s);
    }
}
