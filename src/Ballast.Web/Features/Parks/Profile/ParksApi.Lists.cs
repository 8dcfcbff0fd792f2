using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>A park's two lists (key projects, key work items) and its firms' entries and exits, through the save paths the park page uses.</summary>
public static class ParkListsApi
{
    public sealed record MemberDto(int Id, int EnterpriseId, string Name, string? Uscc, int? ProjectId, DateOnly EnteredOn, DateOnly? LeftOn,
        string? ExitReason, int Version);

    public static RouteGroupBuilder MapParkListsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/parks").WithTags("Parks");
        group.MapGet("/work-items", WorkItemsAsync)
            .WithSummary("Key work items of every park, filtered like the chase page (Overdue=true: open and past due); daysOverdue counted to today.")
            .RequireAuthorization();
        group.MapGet("/{id:int}/work-items", ParkWorkItemsAsync).WithSummary("The park's key work items, by year.").RequireAuthorization();
        group.MapPost("/{id:int}/work-items", CreateWorkItemAsync).WithSummary("Add a key work item to the park's list.")
            .Produces<WorkItemRow>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}/work-items/{itemId:int}", UpdateWorkItemAsync)
            .WithSummary("Change a work item (progress, done, cancelled); send the version you read.")
            .Produces<WorkItemRow>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapDelete("/{id:int}/work-items/{itemId:int}", DeleteWorkItemAsync).WithSummary("Remove a work item entered by mistake.")
            .Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status404NotFound).RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/{id:int}/key-projects", KeyProjectsAsync)
            .WithSummary("The park's key-project list for a year with stage, total investment, the year's plan and completion from the monthly dispatch.")
            .RequireAuthorization();
        group.MapPost("/{id:int}/key-projects", AddKeyProjectAsync).WithSummary("Put a project lying in the park on its key list for a year.")
            .Produces(StatusCodes.Status201Created).ProducesValidationProblem().RequireAuthorization(Policies.BusinessWrite);
        group.MapDelete("/{id:int}/key-projects/{entryId:int}", RemoveKeyProjectAsync).WithSummary("Take a project off the park's key list.")
            .Produces(StatusCodes.Status204NoContent).Produces(StatusCodes.Status404NotFound).RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/{id:int}/firms", FirmsAsync).WithSummary("Every stay of a firm in the park, current and past (with the reason it left).")
            .RequireAuthorization();
        group.MapPost("/{id:int}/firms", EnterAsync)
            .WithSummary("A firm enters the park (by enterpriseId or USCC, with the day and optionally the project that brought it). "
                + "A firm in another park is refused: it leaves there first.")
            .Produces<MemberDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/firms/{membershipId:int}/leave", LeaveAsync)
            .WithSummary("A firm leaves the park: the day and the reason are required; the stay is kept as history.")
            .Produces<MemberDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<Ok<List<WorkItemRow>>> WorkItemsAsync([AsParameters] WorkItemQuery query, AppDbContext db) =>
        TypedResults.Ok(await query.RunAsync(db, CityTime.Today(db.Time)));

    private static async Task<Ok<List<WorkItemRow>>> ParkWorkItemsAsync(int id, int? year, AppDbContext db) =>
        TypedResults.Ok(await new WorkItemQuery { Park = id, Year = year }.RunAsync(db, CityTime.Today(db.Time)));

    private static async Task<WorkItemRow> WorkItemAsync(AppDbContext db, int parkId, int itemId) =>
        (await new WorkItemQuery { Park = parkId }.RunAsync(db, CityTime.Today(db.Time))).Single(w => w.Id == itemId);

    private static async Task<IResult> CreateWorkItemAsync(int id, WorkItemInput input, WorkItemSave save, AppDbContext db, Texts t)
    {
        var result = await save.CreateAsync(id, input);
        return result.Outcome == ParkSaveOutcome.Saved
            ? TypedResults.Created($"/api/parks/{id}/work-items/{result.Id}", await WorkItemAsync(db, id, result.Id!.Value))
            : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> UpdateWorkItemAsync(int id, int itemId, WorkItemInput input, WorkItemSave save, AppDbContext db, Texts t)
    {
        var result = await save.UpdateAsync(id, itemId, input);
        return result.Outcome == ParkSaveOutcome.Saved ? TypedResults.Ok(await WorkItemAsync(db, id, itemId)) : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> DeleteWorkItemAsync(int id, int itemId, WorkItemSave save, Texts t)
    {
        var result = await save.DeleteAsync(id, itemId);
        return result.Outcome == ParkSaveOutcome.Saved ? TypedResults.NoContent() : ParkResults.Failure(result, t);
    }

    private static async Task<Results<Ok<List<KeyProjectRow>>, NotFound>> KeyProjectsAsync(int id, int? year, HttpContext ctx, AppDbContext db,
        ParkKeyProjects lists) =>
        await db.Parks.AnyAsync(p => p.Id == id)
            ? TypedResults.Ok(await lists.ListAsync(id, Common.Tracking.ProgrammeYear.Resolve(ctx, year)))
            : TypedResults.NotFound();

    private static async Task<IResult> AddKeyProjectAsync(int id, KeyProjectInput input, ParkKeyProjects lists, Texts t)
    {
        var result = await lists.AddAsync(id, input);
        return result.Outcome == ParkSaveOutcome.Saved
            ? TypedResults.Created($"/api/parks/{id}/key-projects?year={input.Year}", (await lists.ListAsync(id, input.Year)).Single(k => k.Id == result.Id))
            : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> RemoveKeyProjectAsync(int id, int entryId, ParkKeyProjects lists, Texts t)
    {
        var result = await lists.RemoveAsync(id, entryId);
        return result.Outcome == ParkSaveOutcome.Saved ? TypedResults.NoContent() : ParkResults.Failure(result, t);
    }

    internal static Task<List<MemberDto>> MembersAsync(AppDbContext db, int parkId) =>
        db.ParkMemberships.AsNoTracking().Where(m => m.ParkId == parkId)
            .Join(db.Enterprises.IgnoreQueryFilters(), m => m.EnterpriseId, e => e.Id, (m, e) => new { m, e })
            .OrderBy(x => x.m.LeftOn != null).ThenBy(x => x.e.Name).ThenBy(x => x.m.EnteredOn)
            .Select(x => new MemberDto(x.m.Id, x.e.Id, x.e.Name, x.e.Uscc, x.m.ProjectId, x.m.EnteredOn, x.m.LeftOn, x.m.ExitReason, x.m.Version))
            .ToListAsync();

    private static async Task<Results<Ok<List<MemberDto>>, NotFound>> FirmsAsync(int id, AppDbContext db) =>
        await db.Parks.AnyAsync(p => p.Id == id) ? TypedResults.Ok(await MembersAsync(db, id)) : TypedResults.NotFound();

    private static async Task<IResult> EnterAsync(int id, EnterInput input, ParkFirms firms, AppDbContext db, Texts t)
    {
        var result = await firms.EnterAsync(id, input);
        return result.Outcome == ParkSaveOutcome.Saved
            ? TypedResults.Created($"/api/parks/{id}/firms", (await MembersAsync(db, id)).Single(m => m.Id == result.Id))
            : ParkResults.Failure(result, t);
    }

    private static async Task<IResult> LeaveAsync(int id, int membershipId, LeaveInput input, ParkFirms firms, AppDbContext db, Texts t)
    {
        var result = await firms.LeaveAsync(id, membershipId, input);
        return result.Outcome == ParkSaveOutcome.Saved
            ? TypedResults.Ok((await MembersAsync(db, id)).Single(m => m.Id == membershipId))
            : ParkResults.Failure(result, t);
    }
}
