using Ballast.Web.Features.Projects;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Dashboard;

public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboard", async (HttpContext ctx, DashboardFigures figures, int? year, int? month) =>
                TypedResults.Ok(await figures.BuildAsync(ProgrammeYear.Resolve(ctx, year), month)))
            .WithTags("Dashboard")
            .WithSummary("The year's key-project figures against targets and time progress, with breakdowns, in the caller's scope. "
                + "Amounts in 万元 except headline values in their stated unit.");
        api.MapGet("/key-projects", async (HttpContext ctx, KeyProjectFigures figures, int? year, int? month, KeyProjectClass? @class, int? page) =>
            {
                var y = ProgrammeYear.Resolve(ctx, year);
                var m = month ?? await figures.LatestMonthAsync(y) ?? 2;
                var source = figures.Construction(y);
                if (@class == KeyProjectClass.Preparation)
                {
                    source = figures.All(y).Where(k => k.Class == KeyProjectClass.Preparation);
                }
                var take = 200;
                var rows = await figures.ProjectsAsync(y, m, source.OrderBy(k => k.Id).Skip((Math.Max(page ?? 1, 1) - 1) * take).Take(take), take);
                return TypedResults.Ok(rows);
            })
            .WithTags("Dashboard")
            .WithSummary("The year's key-project list with each project's annual plan, year-to-date (万元) "
                + "and status against time progress for the month, 200 a page.");
        return api;
    }
}
