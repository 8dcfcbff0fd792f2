using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>Builds the monthly bulletin from the records, for the page, the .docx, the .xlsx and
/// the API alike: the plan's indicator values (<see cref="IndicatorValues"/>), the key-project
/// figures the dashboard shows (<see cref="KeyProjectFigures"/>), overdue problems and supervision.
/// Within the caller's data scope; names in the caller's language.</summary>
public sealed class BulletinBuilder(AppDbContext db, IndicatorValues values, KeyProjectFigures figures, Texts t, FigureCache cache)
{
    /// <summary>Overdue lists are capped so the printed bulletin stays readable; the counts are not.</summary>
    public const int ListCap = 30;

    /// <summary>The bulletin for the reader's scope, kept until the data changes.</summary>
    public Task<BulletinData?> BuildAsync(int year, int? requestedMonth) =>
        cache.GetAsync(db, $"bulletin|{year}|{requestedMonth}", () => ComputeAsync(year, requestedMonth));

    private async Task<BulletinData?> ComputeAsync(int year, int? requestedMonth)
    {
        var plan = await values.ForPlanAsync(year, requestedMonth);
        if (plan is null || plan.Months.Count == 0)
        {
            return null;
        }
        var month = plan.Month;
        var english = Texts.IsEnglish;
        var today = CityTime.Today(db.Time);
        var period = BulletinText.Period(year, month, english);
        // One bulletin per reporting month; the first (January–February) is issue 1.
        var issue = month - 1;

        var shown = new Dictionary<int, BulletinIndicator>();
        var battles = plan.Battles.Select(b => Battle(b, shown)).ToList();
        var headlines = HeadlineRules.Order
            .SelectMany(rule => plan.Indicators.Where(x => x.Indicator.ComputedRule == rule).Select(x => shown[x.Indicator.Id]).Take(1))
            .ToList();

        return new BulletinData(year, month, issue, plan.Months,
            BulletinText.Title(plan.Plan, issue, period, english), period, t[plan.Plan.IssuedBy ?? ""], today, ProgressRule.TimeProgress(month),
            headlines, await figures.CityAsync(year, month), plan.Rollup, battles,
            await DistrictsAsync(year, month), Departments(plan),
            await figures.CurveAsync(year, month),
            new BulletinLagging(
                [.. battles.SelectMany(b => b.Indicators).Where(x => x.Progress.Status == Status.Red)],
                await figures.ProjectsAsync(year, month, take: 10, onlyReported: true),
                await ProblemQuery.OverdueOnly(db.Problems, today).CountAsync(), await OverdueProblemsAsync(today),
                (await SupervisionFigures.CountsAsync(db, year)).Overdue, await OverdueSupervisionAsync(year, today)));
    }

    private static BulletinBattle Battle(BattleResult b, Dictionary<int, BulletinIndicator> shown)
    {
        var name = Texts.Pick(b.Battle.Name, b.Battle.NameEn);
        var rows = new List<BulletinIndicator>();
        foreach (var task in b.Tasks)
        {
            foreach (var x in task.Indicators)
            {
                var row = Indicator(x, name, task.Task is { } pt ? Texts.Pick(pt.Name, pt.NameEn) : null);
                shown[x.Indicator.Id] = row;
                rows.Add(row);
            }
        }
        return new BulletinBattle(b.Battle.Code, name, b.Battle.Slogan is { } s ? Texts.Pick(s, b.Battle.SloganEn) : null, b.Rollup, rows);
    }

    private static BulletinIndicator Indicator(IndicatorResult x, string battle, string? task)
    {
        var i = x.Indicator;
        return new BulletinIndicator(i.Code, Texts.Pick(i.Name, i.NameEn), battle, task, i.Kind, i.Unit, x.Value, x.Done,
            TargetText.Format(i, Texts.IsEnglish), x.Progress, x.Score, i.Weight,
            i.LeadUnit is { } u ? Texts.Pick(u.Name, u.NameEn) : null, x.Unavailable, x.Link, x.Plans);
    }

    private async Task<List<DistrictRank>> DistrictsAsync(int year, int month)
    {
        var groups = await figures.ByAsync(Breakdown.District, year, month);
        return [.. BulletinRanking.Rank(groups, g => g.Progress.Status == Status.NotReported ? null : g.Progress.CompletionPercent)
            .Select(r => new DistrictRank(r.Rank, r.Item, $"/Projects?Year={year}&List=key&Month={month}&District={r.Item.Key ?? 0}"))];
    }

    /// <summary>Each department that leads indicators, by their weighted average score (the same
    /// roll-up as tasks and battles); indicators without a value do not count, as zero or otherwise.</summary>
    private static List<DepartmentRank> Departments(PlanResult plan)
    {
        var led = plan.Indicators.Where(x => x.Indicator.LeadUnit is { Kind: UnitKind.Department })
            .GroupBy(x => x.Indicator.LeadUnit!.Id)
            .Select(g => (Unit: g.First().Indicator.LeadUnit!, Rows: g.ToList()))
            .OrderBy(g => g.Unit.SortOrder).ThenBy(g => g.Unit.Id)
            .Select(g => new DepartmentRank(null, g.Unit.Id, Texts.Pick(g.Unit.Name, g.Unit.NameEn), g.Rows.Count,
                Rollup.Of(g.Rows.Select(x => (x.Indicator.Weight, x.Score)))));
        return [.. BulletinRanking.Rank(led, d => d.Rollup.Score).Select(r => r.Item with { Rank = r.Rank })];
    }

    private async Task<List<OverdueItem>> OverdueProblemsAsync(DateOnly today)
    {
        var rows = await ProblemRow.LoadAsync(ProblemQuery.OverdueOnly(db.Problems, today).OrderBy(p => p.DueOn).ThenBy(p => p.Id), today, ListCap);
        return [.. rows.Select(p => new OverdueItem(p.Id, p.Title, p.ProjectName,
            p.AssignedUnitName is { } unit ? Texts.Pick(unit, p.AssignedUnitNameEn) : null, p.DueOn, p.OverdueDays ?? 0,
            t[ProblemNames.Of(p.State)], $"/Projects/Problems/Edit?id={p.Id}"))];
    }

    private async Task<List<OverdueItem>> OverdueSupervisionAsync(int year, DateOnly today)
    {
        var q = SupervisionQuery.OverdueOnly(db.SupervisionItems.Where(s => s.Year == year), today).OrderBy(s => s.DueOn).ThenBy(s => s.Id);
        var rows = await SupervisionRow.LoadAsync(q, db.Indicators, today, ListCap);
        return [.. rows.Select(s => new OverdueItem(s.Id, s.Title, t[s.Source], Texts.Pick(s.UnitName, s.UnitNameEn), s.DueOn, s.OverdueDays ?? 0,
            t[SupervisionNames.Of(s.State)], $"/Programme/Supervision/Edit?id={s.Id}"))];
    }
}
