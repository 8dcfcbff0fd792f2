using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballast.Web.Features.Programme;

/// <summary><c>GET /api/programme/plan</c>: the plan page's own computation (<see cref="IndicatorValues"/>),
/// as data. Names in the caller's language.</summary>
public static class PlanApi
{
    public static RouteGroupBuilder MapPlanApi(this RouteGroupBuilder api)
    {
        api.MapGet("/programme/plan", GetAsync).WithTags("Programme").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The year's plan for a reporting month (default: the latest): battles → tasks → indicators with value, status, completion, "
                + "time progress, gap, weighted roll-ups with their formula, lead and supporting units, and links to the rows behind computed values. "
                + "404 when the year has no plan.");
        return api;
    }

    private static async Task<Results<Ok<PlanView>, NotFound>> GetAsync(HttpContext ctx, IndicatorValues values, Texts t, int? year, int? month)
    {
        if (await values.ForPlanAsync(ProgrammeYear.Resolve(ctx, year), month) is not { } r)
        {
            return TypedResults.NotFound();
        }
        RollupView Roll(Rollup.Result x) => new(x.Score, x.Status, t[ProgressRule.Name(x.Status)], x.Reported, x.NotReported, x.Formula);
        IndicatorView Indicator(IndicatorResult x)
        {
            var i = x.Indicator;
            var p = x.Progress;
            return new(i.Code, Texts.Pick(i.Name, i.NameEn), i.Kind, i.Unit, i.Baseline, i.Target, TargetText.Format(i, Texts.IsEnglish), i.Deadline, i.Weight,
                x.Value, x.Done, p.Status, t[ProgressRule.Name(p.Status)], p.CompletionPercent, p.TimeProgressPercent, p.Gap, x.Score,
                i.LeadUnit is { } u ? Texts.Pick(u.Name, u.NameEn) : null,
                [.. i.Supporting.Where(s => s.Unit is not null).Select(s => Texts.Pick(s.Unit!.Name, s.Unit.NameEn))],
                i.ComputedRule, x.Link, x.Unavailable, x.Plans);
        }
        var battles = r.Battles.Select(b => new BattleView(b.Battle.Code, Texts.Pick(b.Battle.Name, b.Battle.NameEn),
            b.Battle.Slogan is { } s ? Texts.Pick(s, b.Battle.SloganEn) : null, b.Battle.Weight, Roll(b.Rollup),
            [.. b.Tasks.Select(k => new TaskView(k.Task?.Code, k.Task is { } pt ? Texts.Pick(pt.Name, pt.NameEn) : t["其他指标"], k.Task?.Weight ?? 1m,
                Roll(k.Rollup), [.. k.Indicators.Select(Indicator)]))])).ToList();
        return TypedResults.Ok(new PlanView(r.Plan.Year, Texts.Pick(r.Plan.Title, r.Plan.TitleEn), r.Plan.IssuedBy, r.Month, r.Months,
            ProgressRule.TimeProgress(r.Month), t[HeadlineRules.StatusRule], Roll(r.Rollup), battles));
    }
}
