using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;
using Ballast.Web.Features.Programme;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Dashboard;

/// <summary>Builds the leaders' screen from records. Shared by the page and <c>GET /api/dashboard</c>.</summary>
public sealed class DashboardFigures(AppDbContext db, KeyProjectFigures figures, IndicatorValues values, ComputedIndicators computed,
    FigureCache cache)
{
    /// <summary>The screen for the reader: the figures of their scope (cached until the data
    /// changes) and, for a leader with an account, the projects they are in charge of.</summary>
    public async Task<DashboardData> BuildAsync(int year, int? requestedMonth)
    {
        var data = await cache.GetAsync(db, $"dashboard|{year}|{requestedMonth}", () => ComputeAsync(year, requestedMonth));
        var leaders = await cache.GetAsync(db, "leaders", () => db.Leaders.AsNoTracking().Where(l => l.UserId != null)
            .ToDictionaryAsync(l => l.UserId!.Value, l => (l.Id, l.Name)));
        if (db.Scope.UserId is not { } uid || !leaders.TryGetValue(uid, out var leader) || data.Month is not { } m)
        {
            return data;
        }
        // A leader with an account sees the projects they are in charge of (包抓) first.
        var mine = await cache.GetAsync(db, $"dashboard-mine|{year}|{m}|{leader.Id}", () =>
            figures.ProjectsAsync(year, m, figures.Construction(year).Where(k => k.Project!.LeaderId == leader.Id), take: 100));
        return data with { LeaderName = leader.Name, Mine = mine };
    }

    private async Task<DashboardData> ComputeAsync(int year, int? requestedMonth)
    {
        var months = await db.ReportingPeriods.Where(p => p.Year == year).OrderBy(p => p.Month).Select(p => p.Month).ToListAsync();
        int? month = requestedMonth is { } r && months.Contains(r) ? r : months.Count > 0 ? months[^1] : null;
        // The headline figures are the plan's computed indicators: the same value, target and
        // status the plan page and the bulletin show (one definition, in IndicatorValues).
        // A partial scope (a district) is not judged against the city's targets: no plan needed.
        var plan = db.Scope.ReadsAll ? await values.ForPlanAsync(year, month) : null;
        var today = CityTime.Today(db.Time);
        var fortune = await db.Projects.NewlySigned(year).CountAsync(p => p.IsFortune500);
        var foreign = await db.Projects.NewlySigned(year).CountAsync(p => p.IsForeignInvested);

        var headlines = new List<Headline>
        {
            await HeadlineAsync(plan, "key-projects", "市重点项目（建设类）", "个", year, month),
            await HeadlineAsync(plan, "key-projects-total", "市重点项目总投资", "亿元", year, month),
        };
        GroupFigure? city = null;
        if (month is { } m)
        {
            city = await figures.CityAsync(year, m);
            headlines.Add(await HeadlineAsync(plan, "key-investment", "年内完成投资", "亿元", year, m));
        }
        headlines.Add(await HeadlineAsync(plan, "big-projects", "新招引或新开工50亿元以上项目", "个", year, month));
        headlines.Add(await HeadlineAsync(plan, "chain-signed", "新签约5亿元以上24条产业链项目", "个", year, month));
        headlines.Add(new Headline("fortune500", "新签约世界500强项目", fortune, "个", null, null, null,
            $"/Projects?Year={year}&Signed=true&Fortune500=true"));
        headlines.Add(new Headline("foreign", "新签约外资项目", foreign, "个", null, null, null, $"/Projects?Year={year}&Signed=true&Foreign=true"));

        var problems = db.Problems.Where(p => p.State != ProblemState.Resolved);
        return new DashboardData(year, month, months, city, headlines,
            month is { } mm ? await figures.CurveAsync(year, mm) : [],
            month is { } m1 ? await figures.ByAsync(Breakdown.District, year, m1) : [],
            month is { } m2 ? await figures.ByAsync(Breakdown.Chain, year, m2) : [],
            month is { } m3 ? await figures.ByAsync(Breakdown.Leader, year, m3) : [],
            month is { } m4 ? await figures.ProjectsAsync(year, m4, take: 10, onlyReported: true) : [],
            await problems.CountAsync(), await problems.CountAsync(p => p.DueOn < today), null, []);
    }

    /// <summary>Rule names behind the dashboard's headline keys (the plan's indicator codes).</summary>
    private static readonly Dictionary<string, string> Rules = new()
    {
        ["key-projects"] = "key-projects-count", ["key-projects-total"] = "key-projects-total", ["key-investment"] = "key-investment-ytd",
        ["big-projects"] = "big-new-or-started", ["chain-signed"] = "chain-signed-5yi",
    };

    /// <summary>The plan's indicator for the rule; without a plan for the year, the bare value.
    /// The programme's targets are the city's: a user who sees only part of the city (a district)
    /// gets its own figures without them, the investment judged against its own projects' plans.</summary>
    private async Task<Headline> HeadlineAsync(PlanResult? plan, string key, string title, string unit, int year, int? month)
    {
        if (db.Scope.ReadsAll && HeadlineRules.Find(plan, Rules[key]) is { } x)
        {
            return new Headline(key, title, x.Value ?? 0m, unit, x.Indicator.Target, null, x.Progress, x.Link ?? "", x.Plans);
        }
        var c = await computed.ComputeAsync(Rules[key], year, month ?? 12);
        var own = !db.Scope.ReadsAll && key == "key-investment" && month is { } m ? (await figures.CityAsync(year, m)).Progress : (Progress?)null;
        return new Headline(key, title, c.Value ?? 0m, unit, null, null, own, c.Link ?? "", c.Plans);
    }
}
