using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;
using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Dashboard;

/// <summary>A headline figure: the value, its target from the plan's indicator, completion and
/// the link to the rows that make it.</summary>
public sealed record Headline(string Key, string Title, decimal Value, string Unit, decimal? Target, string? TargetText, Progress? Progress, string Link);

public sealed record DashboardData(int Year, int? Month, IReadOnlyList<int> Months, GroupFigure? City, IReadOnlyList<Headline> Headlines,
    IReadOnlyList<CurvePoint> Curve, IReadOnlyList<GroupFigure> Districts, IReadOnlyList<GroupFigure> Chains, IReadOnlyList<GroupFigure> Leaders,
    IReadOnlyList<ProjectFigure> Lagging, int OpenProblems, int OverdueProblems, string? LeaderName, IReadOnlyList<ProjectFigure> Mine);

/// <summary>Builds the leaders' screen from records. Shared by the page and <c>GET /api/dashboard</c>.</summary>
public sealed class DashboardFigures(AppDbContext db, KeyProjectFigures figures)
{
    public async Task<DashboardData> BuildAsync(int year, int? requestedMonth)
    {
        var months = await db.ReportingPeriods.Where(p => p.Year == year).OrderBy(p => p.Month).Select(p => p.Month).ToListAsync();
        int? month = requestedMonth is { } r && months.Contains(r) ? r : months.Count > 0 ? months[^1] : null;
        var targets = await TargetsAsync(year);
        var thresholds = await figures.ThresholdsAsync(year);
        // Year targets are judged against time progress of the selected month, like everything else.
        Progress? Against(decimal value, decimal? target) =>
            target is > 0 ? ProgressRule.Evaluate(value, target.Value, month ?? 12, thresholds) : null;
        Headline Count(string key, string title, int value, string link) =>
            new(key, title, value, "个", targets.GetValueOrDefault(key), null, Against(value, targets.GetValueOrDefault(key)), link);
        var today = CityTime.Today(db.Time);

        var keyCount = await figures.Construction(year).CountAsync();
        var keyTotal = await figures.Construction(year).SumAsync(k => (decimal?)k.Project!.TotalInvestment) ?? 0m;
        var big = await db.Projects.BigNewOrStarted(year).CountAsync();
        var chainSigned = await db.Projects.ChainSignedFiveYi(year).CountAsync();
        var fortune = await db.Projects.NewlySigned(year).CountAsync(p => p.IsFortune500);
        var foreign = await db.Projects.NewlySigned(year).CountAsync(p => p.IsForeignInvested);

        var headlines = new List<Headline>
        {
            Count("key-projects", "市重点项目（建设类）", keyCount, $"/Projects?Year={year}&List=key"),
            new("key-projects-total", "市重点项目总投资", Amounts.ToYi(keyTotal), "亿元", targets.GetValueOrDefault("key-projects-total"), null,
                null, $"/Projects?Year={year}&List=key"),
        };
        GroupFigure? city = null;
        if (month is { } m)
        {
            city = await figures.CityAsync(year, m);
            headlines.Add(new Headline("key-investment", "年内完成投资", Amounts.ToYi(city.YtdWan), "亿元", targets.GetValueOrDefault("key-investment"),
                null, city.Progress, $"/Projects?Year={year}&List=key&Month={m}"));
        }
        headlines.Add(Count("big-projects", "新招引或新开工50亿元以上项目", big, $"/Projects?Year={year}&Big=true"));
        headlines.Add(Count("chain-signed", "新签约5亿元以上24条产业链项目", chainSigned, $"/Projects?Year={year}&ChainSigned=true"));
        headlines.Add(new Headline("fortune500", "新签约世界500强项目", fortune, "个", null, null, null, $"/Projects?Year={year}&Signed=true&Fortune500=true"));
        headlines.Add(new Headline("foreign", "新签约外资项目", foreign, "个", null, null, null, $"/Projects?Year={year}&Signed=true&Foreign=true"));

        var problems = db.Problems.Where(p => p.State != ProblemState.Resolved);
        // A leader with an account sees the projects they are in charge of (包抓) first.
        var leader = db.Scope.UserId is { } uid ? await db.Leaders.AsNoTracking().FirstOrDefaultAsync(l => l.UserId == uid) : null;
        var mine = leader is not null && month is { } lm
            ? await figures.ProjectsAsync(year, lm, figures.Construction(year).Where(k => k.Project!.LeaderId == leader.Id), take: 100)
            : [];
        return new DashboardData(year, month, months, city, headlines,
            month is { } mm ? await figures.CurveAsync(year, mm) : [],
            month is { } m1 ? await figures.ByAsync(Breakdown.District, year, m1) : [],
            month is { } m2 ? await figures.ByAsync(Breakdown.Chain, year, m2) : [],
            month is { } m3 ? await figures.ByAsync(Breakdown.Leader, year, m3) : [],
            month is { } m4 ? await figures.ProjectsAsync(year, m4, take: 10, onlyReported: true) : [],
            await problems.CountAsync(), await problems.CountAsync(p => p.DueOn < today), leader?.Name, mine);
    }

    private async Task<Dictionary<string, decimal?>> TargetsAsync(int year) =>
        await (from i in db.Indicators
               join b in db.Battles on i.BattleId equals b.Id
               join p in db.Plans on b.PlanId equals p.Id
               where p.Year == year
               select new { i.Code, i.Target }).ToDictionaryAsync(x => x.Code, x => x.Target);
}
