using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballast.Web.Features.Services;

/// <summary>Service clusters and innovation centres (designations of an area) through <see cref="AreaSave"/>.</summary>
public static class AreasApi
{
    public static RouteGroupBuilder MapAreasApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/service-areas").WithTags("Service areas");
        group.MapGet("/", ListAsync)
            .WithSummary("Service clusters and innovation centres recognised up to the year (valid at its end), filtered by kind, minimum level, district.")
            .RequireAuthorization();
        group.MapPost("/", CreateAsync)
            .WithSummary("Record a service cluster or innovation centre; the department granting the kind or the programme office only.")
            .Produces<AreaRow>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", UpdateAsync)
            .WithSummary("Change one; send the version you read: 409 with the current version when someone changed it since.")
            .Produces<AreaRow>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<Ok<List<AreaRow>>> ListAsync([AsParameters] AreaQuery query, HttpContext ctx, AppDbContext db) =>
        TypedResults.Ok(await query.RunAsync(db, ProgrammeYear.Resolve(ctx, query.Year)));

    private static async Task<IResult> CreateAsync(AreaInput input, AreaSave save, AppDbContext db, Texts t)
    {
        var result = await save.CreateAsync(input);
        return result.Outcome == ServiceSaveOutcome.Saved
            ? TypedResults.Created($"/api/service-areas/{result.Id}", (await new AreaQuery().RunAsync(db, input.Year, result.Id)).Single())
            : ServiceResults.Failure(result, t);
    }

    private static async Task<IResult> UpdateAsync(int id, AreaInput input, AreaSave save, AppDbContext db, Texts t)
    {
        var result = await save.UpdateAsync(id, input);
        return result.Outcome == ServiceSaveOutcome.Saved
            ? TypedResults.Ok((await new AreaQuery().RunAsync(db, input.Year, id)).Single())
            : ServiceResults.Failure(result, t);
    }
}
