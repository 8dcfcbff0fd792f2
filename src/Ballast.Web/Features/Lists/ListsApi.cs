using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

/// <summary>The three lists for integrations: the same queries and rules as the pages.</summary>
public static partial class ListsApi
{
    public sealed record Converted(int TargetId, int ProjectId);

    public static RouteGroupBuilder MapListsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/lists").WithTags("Lists");
        group.MapGet("/landing", async ([AsParameters] LandingQuery q, AppDbContext db, HttpContext ctx) =>
                TypedResults.Ok(await (await q.ApplyAsync(db, ProgrammeYear.Resolve(ctx, q.Year))).ToListAsync()))
            .WithSummary("Projects to land in the year (default: the selected programme year), in the caller's scope.");
        group.MapGet("/targets", async ([AsParameters] TargetQuery q, AppDbContext db, HttpContext ctx) =>
                TypedResults.Ok(await (await q.ApplyAsync(db, ProgrammeYear.Resolve(ctx, q.Year))).ToListAsync()))
            .WithSummary("Targets to attract in the year, in the caller's scope.");
        group.MapPost("/targets", CreateTargetAsync).WithSummary("Add a target to attract, owned by a unit inside the caller's scope.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/targets/{id:int}", UpdateTargetAsync).WithSummary("Change a target inside the caller's scope.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/targets/{id:int}/convert", ConvertAsync)
            .WithSummary("Make the target a project (a lead); refused with 409 when it already became one.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/carriers", async ([AsParameters] CarrierQuery q, AppDbContext db) =>
                TypedResults.Ok(await (await q.ApplyAsync(db)).ToListAsync()))
            .WithSummary("Land, buildings and factories on offer, in the caller's scope.");
        group.MapPost("/carriers", CreateCarrierAsync).WithSummary("Add a carrier owned by a unit inside the caller's scope.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/carriers/{id:int}", UpdateCarrierAsync).WithSummary("Change a carrier inside the caller's scope.")
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<Results<Created<TargetRow>, ValidationProblem, ForbidHttpResult>> CreateTargetAsync(
        TargetInput input, AppDbContext db, Texts t)
    {
        var saved = await TargetSave.AddAsync(db, t, input);
        if (Problem([.. saved.Errors]) is { } problem)
        {
            return problem;
        }
        if (saved.Forbidden || saved.Target is not { } target)
        {
            return TypedResults.Forbid();
        }
        return TypedResults.Created($"/api/lists/targets/{target.Id}", await TargetAsync(db, target));
    }

    private static async Task<Results<Ok<TargetRow>, NotFound, ValidationProblem, ForbidHttpResult>> UpdateTargetAsync(
        int id, TargetInput input, AppDbContext db, UserScope scope, Texts t)
    {
        var target = await db.AttractionTargets.SingleOrDefaultAsync(x => x.Id == id);
        if (target is null)
        {
            return TypedResults.NotFound();
        }
        if ((VersionProblem(input.Version, t) ?? await TargetProblemAsync(input, db, t)) is { } problem)
        {
            return problem;
        }
        if (!scope.CanWrite(target.OwnerUnitId) || !scope.CanWrite(input.OwnerUnitId))
        {
            return TypedResults.Forbid();
        }
        input.ApplyTo(target);
        db.Expect(target, input.Version);
        await db.SaveChangesAsync();
        return TypedResults.Ok(await TargetAsync(db, target));
    }

    private static async Task<Results<Created<Converted>, NotFound, ProblemHttpResult, ForbidHttpResult>> ConvertAsync(
        int id, AppDbContext db, UserScope scope, Texts t)
    {
        var result = await TargetConversion.ConvertAsync(db, scope, id);
        return result.Outcome switch
        {
            ConversionOutcome.Converted => TypedResults.Created($"/api/projects/{result.ProjectId}", new Converted(id, result.ProjectId!.Value)),
            ConversionOutcome.NotFound => TypedResults.NotFound(),
            ConversionOutcome.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.Problem(title: t["该招引目标已转为项目，不能重复转化"].Value, statusCode: StatusCodes.Status409Conflict),
        };
    }

    private static async Task<ValidationProblem?> TargetProblemAsync(TargetInput input, AppDbContext db, Texts t)
    {
        var errors = ListRules.Annotations(input, t);
        if (errors.Count == 0)
        {
            errors.AddRange(await ListRules.TargetAsync(db, t, input));
        }
        return Problem(errors);
    }

    private static async Task<TargetRow> TargetAsync(AppDbContext db, AttractionTarget target) =>
        await (await new TargetQuery().ApplyAsync(db, target.Year, target.Id)).SingleAsync();

    /// <summary>A change sent without the version it was made from is refused rather than taken as
    /// "the latest": saving it would silently overwrite whatever was saved since (last save wins).</summary>
    private static ValidationProblem? VersionProblem(int? version, Texts t) =>
        version is null ? Problem([("Version", t["请提供读取时的版本号（version）"].Value)]) : null;

    private static ValidationProblem? Problem(List<(string Field, string Message)> errors) => errors.Count == 0 ? null
        : TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
