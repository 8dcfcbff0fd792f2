using Ballast.Web.Common.Localization;
using Ballast.Web.Data;

namespace Ballast.Web.Features.Parks;

public static class ThreadApi
{
    public sealed record ThreadDto(int ProjectId, string Name, string? District, IReadOnlyList<ThreadStep> Steps);

    public static RouteGroupBuilder MapThreadApi(this RouteGroupBuilder parks)
    {
        var group = parks.MapGroup("/thread").WithTags("Parks: thread");
        group.MapGet("/project/{projectId:int}", ProjectAsync)
            .WithSummary("A project's whole thread, lead to per-mu grade: every step, reached or not, with its facts and links (404 outside the caller's scope).");
        group.MapGet("/park/{parkId:int}", ParkAsync).WithSummary("The threads of a park's projects in the caller's scope (park id, not unit id).");
        return parks;
    }

    private static async Task<IResult> ProjectAsync(int projectId, AppDbContext db, Texts t)
    {
        var thread = (await ThreadLoader.LoadAsync(db, db.Projects.Where(p => p.Id == projectId))).SingleOrDefault();
        return thread is null ? TypedResults.NotFound() : TypedResults.Ok(Dto(thread, t));
    }

    private static async Task<IResult> ParkAsync(int parkId, AppDbContext db, Texts t)
    {
        var park = await db.Parks.FindAsync(parkId);
        if (park is null)
        {
            return TypedResults.NotFound();
        }
        var threads = await ThreadLoader.LoadAsync(db, db.Projects.Where(p => p.ParkUnitId == park.UnitId && p.MergedIntoId == null));
        return TypedResults.Ok(threads.Select(x => Dto(x, t)).ToList());
    }

    private static ThreadDto Dto(ProjectThread x, Texts t) => new(x.Project.Id, x.Project.Name, x.OwnerName, ThreadSteps.Build(x, t));
}
