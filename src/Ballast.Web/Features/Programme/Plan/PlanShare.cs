namespace Ballast.Web.Features.Programme;

/// <summary>The key projects' year-to-date investment over the second denominator: the sum of the
/// projects' annual plans. The figure is judged against the programme's target (its indicator);
/// this share is shown beside it and named, so the two percentages are never mistaken for each
/// other. Plans still pending (待下达) are outside the sum and counted.</summary>
public sealed record PlanShare(decimal PlansWan, decimal? Percent, int Projects, int PendingPlans)
{
    public static PlanShare Of(decimal ytdWan, decimal plansWan, int projects, int pendingPlans) =>
        new(plansWan, plansWan > 0 ? Math.Round(ytdWan * 100m / plansWan, 2) : null, projects, pendingPlans);
}
