using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

public static class WatchApi
{
    public sealed record WatchDto(int Id, int EnterpriseId, string? FirmName, int? ParkId, WatchReason Reason, int Year, WatchMeasures Measures,
        WatchState State, string? Note, DateOnly? DecidedOn, int Version);

    public static RouteGroupBuilder MapWatchApi(this RouteGroupBuilder parks)
    {
        var group = parks.MapGroup("/watch").WithTags("Parks: watch list");
        group.MapGet("/candidates", async (AppDbContext db) => TypedResults.Ok(await WatchCandidates.FindAsync(db)))
            .WithSummary("Firms qualifying for the watch list: graded D in consecutive years by the latest published runs, or breaching a commitment.");
        group.MapGet("/", ListAsync).WithSummary("Watch-list entries in the caller's scope; measures are flags (1 water, 2 power, 4 gas, 8 land, 16 credit).");
        group.MapPost("/", CreateAsync).WithSummary("Put a firm on the watch list for a cause and year, with measures and state.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", UpdateAsync).WithSummary("Change an entry's measures, state, note and date; send the version you read.")
            .RequireAuthorization(Policies.BusinessWrite);
        return parks;
    }

    public static IQueryable<WatchDto> Dtos(IQueryable<WatchEntry> q) => q.AsNoTracking().Select(w => new WatchDto(w.Id, w.EnterpriseId,
        w.Enterprise!.Name, w.ParkId, w.Reason, w.Year, w.Measures, w.State, w.Note, w.DecidedOn, w.Version));

    private static async Task<IResult> ListAsync(AppDbContext db) =>
        TypedResults.Ok(await Dtos(db.WatchEntries.OrderByDescending(w => w.Year).ThenBy(w => w.Id)).ToListAsync());

    private static async Task<IResult> CreateAsync(WatchInput input, WatchSave save, AppDbContext db, Texts t)
    {
        var result = await save.CreateAsync(input);
        return result.Outcome == SaveOutcome.Saved
            ? TypedResults.Created($"/api/parks/watch/{result.Record!.Id}", await Dtos(db.WatchEntries.Where(w => w.Id == result.Record.Id)).SingleAsync())
            : ApiAnswers.Failure(result, t);
    }

    private static async Task<IResult> UpdateAsync(int id, WatchInput input, WatchSave save, AppDbContext db, Texts t)
    {
        var result = await save.UpdateAsync(id, input);
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(await Dtos(db.WatchEntries.Where(w => w.Id == id)).SingleAsync())
            : ApiAnswers.Failure(result, t);
    }
}
