using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>The three shapes of a project's life the planner draws, each a dated walk along the
/// stages that stops at the horizon (the generator's today).</summary>
internal sealed partial class PortfolioPlanner
{
    /// <summary>A key project building in <paramref name="year"/>: started between the previous July and April.</summary>
    private ProjectPlan Building(int year)
    {
        var started = draw.Date(new DateOnly(year - 1, 7, 1), Min(new DateOnly(year, 4, 30), horizon));
        var signed = started.AddDays(-draw.Between(60, 400));
        var plan = Negotiated(signed, draw.Amount(100_000m, 0.9, 5_000m, 2_000_000m));
        plan.Step(ProjectStage.Signed, signed, horizon);
        plan.Step(ProjectStage.Registered, draw.Date(signed.AddDays(5), started.AddDays(-5)), horizon);
        plan.Step(ProjectStage.Started, started, horizon);
        plan.Step(ProjectStage.Operating, started.AddDays(draw.Between(300, 1_100)), horizon);
        return plan;
    }

    /// <summary>A preparation-class key project: signed in the two years before, not started by the year's start.</summary>
    private ProjectPlan Preparing(int year)
    {
        var signed = draw.Date(new DateOnly(year - 2, 1, 1), new DateOnly(year - 1, 12, 31));
        var plan = Negotiated(signed, draw.Amount(60_000m, 0.8, 2_000m, 1_000_000m));
        plan.Step(ProjectStage.Signed, signed, horizon);
        if (draw.Chance(0.5))
        {
            plan.Step(ProjectStage.Registered, signed.AddDays(draw.Between(10, 120)), horizon);
        }
        if (draw.Chance(0.4))
        {
            plan.Step(ProjectStage.Started, Max(plan.Last.AddDays(1), draw.Date(new DateOnly(year, 3, 1), new DateOnly(year + 1, 6, 30))), horizon);
        }
        return plan;
    }

    private static readonly (ProjectStage Stage, int MinDays, int MaxDays)[] Path =
    [
        (ProjectStage.Negotiating, 10, 90), (ProjectStage.Signed, 30, 240), (ProjectStage.Registered, 10, 90),
        (ProjectStage.Started, 30, 200), (ProjectStage.Operating, 300, 900),
    ];

    /// <summary>Any project of the pipeline: recorded at any time from two years before the first year,
    /// walked towards a drawn stage; a few paused or dropped on the way.</summary>
    private ProjectPlan Pipeline()
    {
        var created = draw.Date(new DateOnly(options.FirstYear - 2, 1, 1), horizon);
        var plan = new ProjectPlan(created, draw.Amount(20_000m, 1.1, 500m, 1_000_000m));
        var target = draw.Uniform(0, 1) switch { < 0.22 => 0, < 0.42 => 1, < 0.64 => 2, < 0.76 => 3, < 0.90 => 4, _ => 5 };
        for (var i = 0; i < target; i++)
        {
            if (!plan.Step(Path[i].Stage, plan.Last.AddDays(draw.Between(Path[i].MinDays, Path[i].MaxDays)), horizon))
            {
                break;
            }
        }
        if (plan.Steps.Count is 1 or 2 && draw.Chance(0.08))
        {
            plan.Step(draw.Chance(0.5) ? ProjectStage.Paused : ProjectStage.Dropped, plan.Last.AddDays(draw.Between(30, 200)), horizon);
        }
        var started = plan.On(ProjectStage.Started);
        if (plan.On(ProjectStage.Signed) is { } signed && signed.Year >= options.FirstYear
            && (started is null || started.Value.Year > signed.Year) && draw.Chance(0.5))
        {
            plan.LandingYear = signed.Year;
        }
        return plan;
    }

    /// <summary>A plan recorded as a lead and negotiated before its signing.</summary>
    private ProjectPlan Negotiated(DateOnly signed, decimal total)
    {
        var created = signed.AddDays(-draw.Between(30, 300));
        var plan = new ProjectPlan(created, total);
        plan.Step(ProjectStage.Negotiating, draw.Date(created.AddDays(5), signed.AddDays(-5)), horizon);
        return plan;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
