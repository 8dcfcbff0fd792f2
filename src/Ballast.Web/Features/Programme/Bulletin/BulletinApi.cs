using Microsoft.AspNetCore.Http.HttpResults;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>The monthly bulletin for integrations: the same figures as the page and the downloads.</summary>
public static class BulletinApi
{
    public static RouteGroupBuilder MapBulletinApi(this RouteGroupBuilder api)
    {
        api.MapGet("/programme/bulletin", GetAsync)
            .WithTags("Programme")
            .WithSummary("The monthly bulletin (通报) of a reporting period in the caller's data scope: headline figures against targets, "
                + "each battle's indicators with status and roll-up formula, district and department rankings (not reported last, unranked), "
                + "lagging items, the monthly curve. Month defaults to the latest period; key-project amounts in 万元, indicator values in their unit. "
                + "404 when the year has no plan or no period.");
        return api;
    }

    private static async Task<Results<Ok<BulletinData>, NotFound>> GetAsync(HttpContext ctx, BulletinBuilder builder, int? year, int? month) =>
        await builder.BuildAsync(ProgrammeYear.Resolve(ctx, year), month) is { } data ? TypedResults.Ok(data) : TypedResults.NotFound();
}
