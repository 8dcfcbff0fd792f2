using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Projects;

/// <summary>Every key-project figure the dashboard, the lists and the API show, aggregated in the
/// database (grouped sums, never rows pulled into memory) and within the caller's data scope.
/// "Reported" means a counted report for the selected month: drafts and returned reports are not.</summary>
public sealed class KeyProjectFigures(AppDbContext db)
{
    // One request asks for several tables of the same year and month: the cells are read once.
    private readonly Dictionary<(int Year, int Month), FigureCells> _cells = [];
    private readonly Dictionary<int, StatusThresholds> _thresholds = [];

    public IQueryable<KeyProject> All(int year) => db.KeyProjects.Where(k => k.Year == year && k.Project!.MergedIntoId == null);

    public IQueryable<KeyProject> Construction(int year) =>
        db.KeyProjects.Where(k => k.Year == year && k.Class == KeyProjectClass.Construction && k.Project!.MergedIntoId == null);

    private IQueryable<MonthlyReport> CountedReports(int year, int throughMonth) =>
        db.MonthlyReports.Where(r => r.Period!.Year == year && r.Period.Month <= throughMonth && MonthlyReport.Counted.Contains(r.State)
            && r.KeyProject!.Class == KeyProjectClass.Construction && r.KeyProject.Project!.MergedIntoId == null);

    /// <summary>The latest period opened for the year, or null when none is.</summary>
    public Task<int?> LatestMonthAsync(int year) =>
        db.ReportingPeriods.Where(p => p.Year == year).MaxAsync(p => (int?)p.Month);

    public async Task<StatusThresholds> ThresholdsAsync(int year)
    {
        if (!_thresholds.TryGetValue(year, out var t))
        {
            t = await db.StatusThresholds.AsNoTracking().SingleOrDefaultAsync(t => t.Year == year) ?? new StatusThresholds { Year = year };
            _thresholds[year] = t;
        }
        return t;
    }

    public async Task<GroupFigure> CityAsync(int year, int month)
    {
        var rows = await GroupAsync(year, month, _ => 0, null);
        return rows.SingleOrDefault() ?? new GroupFigure(0, "", 0, 0, 0, 0, ProgressRule.Evaluate(null, 0, month, await ThresholdsAsync(year)));
    }

    public Task<List<GroupFigure>> ByAsync(Breakdown by, int year, int month) => by switch
    {
        Breakdown.District => GroupAsync(year, month, c => c.Owner, by),
        Breakdown.Chain => GroupAsync(year, month, c => c.Chain, by),
        _ => GroupAsync(year, month, c => c.Leader, by),
    };

    private async Task<FigureCells> CellsAsync(int year, int month)
    {
        if (_cells.TryGetValue((year, month), out var cells))
        {
            return cells;
        }
        var plans = await Construction(year)
            .GroupBy(k => new { k.OwnerUnitId, k.Project!.ChainId, k.Project.LeaderId })
            .Select(g => new FigureCells.Plan(g.Key.OwnerUnitId, g.Key.ChainId, g.Key.LeaderId, g.Count(), g.Sum(k => k.PlannedInvestment ?? 0m)))
            .ToListAsync();
        var done = await CountedReports(year, month)
            .GroupBy(r => new { r.OwnerUnitId, r.KeyProject!.Project!.ChainId, r.KeyProject.Project.LeaderId, r.Period!.Month })
            .Select(g => new FigureCells.Done(g.Key.OwnerUnitId, g.Key.ChainId, g.Key.LeaderId, g.Key.Month, g.Sum(r => r.Completed)))
            .ToListAsync();
        var reported = await Construction(year)
            .Where(k => k.Reports.Any(r => r.Period!.Year == year && r.Period.Month == month && MonthlyReport.Counted.Contains(r.State)))
            .GroupBy(k => new { k.OwnerUnitId, k.Project!.ChainId, k.Project.LeaderId })
            .Select(g => new FigureCells.Cell(g.Key.OwnerUnitId, g.Key.ChainId, g.Key.LeaderId, g.Count()))
            .ToListAsync();
        cells = new FigureCells(plans, done, reported);
        _cells[(year, month)] = cells;
        return cells;
    }

    private async Task<List<GroupFigure>> GroupAsync(int year, int month, Func<(int Owner, int? Chain, int? Leader), int?> key, Breakdown? by)
    {
        var thresholds = await ThresholdsAsync(year);
        var cells = await CellsAsync(year, month);
        var ytd = cells.Completed.GroupBy(c => key((c.Owner, c.Chain, c.Leader)) ?? -1).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        var reported = cells.Reported.GroupBy(c => key((c.Owner, c.Chain, c.Leader)) ?? -1).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var plans = cells.Plans.GroupBy(c => key((c.Owner, c.Chain, c.Leader)))
            .Select(g => new { g.Key, Count = g.Sum(c => c.Count), Plan = g.Sum(c => c.Amount) });
        var names = by is { } b ? await NamesAsync(b) : [];

        return [.. plans.Select(p =>
        {
            var k = p.Key ?? -1;
            var done = reported.GetValueOrDefault(k);
            var sum = ytd.GetValueOrDefault(k);
            // Completion is the group's year-to-date over its annual plan. A group where fewer than
            // half of the projects reported this month is "not reported" — never zero, never on
            // track on old figures; how many did not report is always shown beside it.
            var judged = done > 0 && done * 2 >= p.Count;
            // A group whose plans are all still pending has nothing to be judged against.
            var progress = ProgressRule.Evaluate(judged ? sum : null, p.Plan > 0 ? p.Plan : null, month, thresholds);
            return new GroupFigure(p.Key, names.GetValueOrDefault(k, ""), p.Count, p.Plan, sum, done, progress);
        }).OrderBy(g => g.Progress.Status == Status.NotReported ? 1 : 0).ThenBy(g => g.Progress.Gap)];
    }

    private async Task<Dictionary<int, string>> NamesAsync(Breakdown by) => by switch
    {
        Breakdown.Chain => await db.Chains.ToDictionaryAsync(c => c.Id, c => Texts.Pick(c.Name, c.NameEn)),
        Breakdown.Leader => await db.Leaders.ToDictionaryAsync(l => l.Id, l => l.Name),
        _ => await db.Units.ToDictionaryAsync(u => u.Id, u => Texts.Pick(u.Name, u.NameEn)),
    };

    /// <summary>Cumulative completed against the plan's time line, month by month.</summary>
    public async Task<List<CurvePoint>> CurveAsync(int year, int month)
    {
        var cells = await CellsAsync(year, month);
        var plan = cells.Plans.Sum(c => c.Amount);
        var monthly = cells.Completed.GroupBy(c => c.Month).ToDictionary(g => g.Key, g => g.Sum(c => c.Amount));
        var points = new List<CurvePoint>();
        var running = 0m;
        for (var m = 2; m <= 12; m++)
        {
            decimal? ytd = null;
            if (m <= month && monthly.TryGetValue(m, out var s))
            {
                running += s;
                ytd = running;
            }
            points.Add(new CurvePoint(m, ytd, Math.Round(plan * m / 12m, 2)));
        }
        return points;
    }

    /// <summary>Key projects with their year-to-date figures, worst gap first; filtered in the database.</summary>
    public async Task<List<ProjectFigure>> ProjectsAsync(
        int year,
        int month,
        IQueryable<KeyProject>? source = null,
        int take = 50,
        bool onlyReported = false,
        bool onlyUnreported = false)
    {
        var thresholds = await ThresholdsAsync(year);
        var q = (source ?? Construction(year)).Select(k => new
        {
            k.ProjectId, k.Project!.Name, k.OwnerUnitId, Owner = k.Project.OwnerUnit!.Name, OwnerEn = k.Project.OwnerUnit.NameEn, k.PlannedInvestment,
            Ytd = k.Reports
                .Where(r => r.Period!.Year == year && r.Period.Month <= month && MonthlyReport.Counted.Contains(r.State))
                .Sum(r => (decimal?)r.Completed) ?? 0m,
            Reported = k.Reports.Any(r => r.Period!.Year == year && r.Period.Month == month && MonthlyReport.Counted.Contains(r.State)),
        });
        if (onlyReported)
        {
            q = q.Where(x => x.Reported);
        }
        if (onlyUnreported)
        {
            q = q.Where(x => !x.Reported);
        }
        // Ordered by completion ratio in the database; a double is exact enough for ordering.
        var rows = await q.OrderBy(x => x.PlannedInvestment > 0 ? (double)x.Ytd / (double)x.PlannedInvestment : 1.0).ThenBy(x => x.ProjectId)
            .Take(take).ToListAsync();
        return [.. rows.Select(x => new ProjectFigure(x.ProjectId, x.Name, x.OwnerUnitId, Texts.Pick(x.Owner, x.OwnerEn), x.PlannedInvestment,
            x.Ytd, x.Reported,
            ProgressRule.Evaluate(x.Reported ? x.Ytd : null, x.PlannedInvestment, month, thresholds)))];
    }
}
