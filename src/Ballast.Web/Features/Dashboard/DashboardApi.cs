using Ballast.Web.Features.Programme;

namespace Ballast.Web.Features.Dashboard;

public static class DashboardApi
{
    public static RouteGroupBuilder MapDashboardApi(this RouteGroupBuilder api)
    {
        api.MapGet("/dashboard", async (HttpContext ctx, DashboardFigures figures, int? year, int? month) =>
                TypedResults.Ok(await figures.BuildAsync(ProgrammeYear.Resolve(ctx, year), month)))
            .WithTags("Dashboard")
            .WithSummary("The year's key-project figures against targets and time progress, with breakdowns, in the caller's scope. Amounts in 万元 except headline values in their stated unit.");
        return api;
    }
}
