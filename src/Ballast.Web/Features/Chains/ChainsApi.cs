using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballast.Web.Features.Chains;

/// <summary>The chains for integrations: the same figures and the same save path as the pages. Every write is
/// refused with 403 outside the chain's task force and the programme office.</summary>
public static class ChainsApi
{
    public sealed record NodeTargetInput(string Firm, int? Year);

    public sealed record Saved(int Id);

    public static RouteGroupBuilder MapChainsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/chains").WithTags("Chains");
        group.MapGet("/", async (int? year, ChainFigures figures, HttpContext ctx) =>
                TypedResults.Ok(await figures.ListAsync(ProgrammeYear.Resolve(ctx, year))))
            .WithSummary("Every chain with its chief, lead department, firms, output and growth against target, projects and gaps.");
        group.MapGet("/{id:int}", GetAsync).WithSummary("A chain with its team, yearly figures, map (nodes with firms, targets and projects), "
            + "projects, investment this year, targets to attract and open problems.");
        group.MapPost("/{id:int}/nodes", (int id, NodeInput input, AppDbContext db, Texts t) => SaveNodeAsync(id, null, input, db, t))
            .WithSummary("Add a node to the chain's map.").RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}/nodes/{nodeId:int}", (int id, int nodeId, NodeInput input, AppDbContext db, Texts t) => SaveNodeAsync(id, nodeId, input, db, t))
            .WithSummary("Change a node (name, place, status, target firms, firms on it) against the version read.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapDelete("/{id:int}/nodes/{nodeId:int}", DeleteNodeAsync)
            .WithSummary("Remove a node that has no nodes below it.").RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}/years/{year:int}", SaveYearAsync)
            .WithSummary("Set the chain's targets for a year and the output entered where firms' figures are missing.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}/team", SaveTeamAsync)
            .WithSummary("Set the chain's chief, vice chiefs, task force units with the lead department, and chain masters.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/nodes/{nodeId:int}/targets", RaiseAsync)
            .WithSummary("Put a firm worth attracting to a weak or missing node on the \"to attract\" list, carrying chain and node.")
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<Results<Ok<ChainDetail>, NotFound>> GetAsync(int id, int? year, ChainFigures figures, HttpContext ctx) =>
        await figures.DetailAsync(id, ProgrammeYear.Resolve(ctx, year)) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound();

    private static async Task<Results<Ok<Saved>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> SaveNodeAsync(
        int id, int? nodeId, NodeInput input, AppDbContext db, Texts t) => Answer(await ChainSave.SaveNodeAsync(db, t, id, nodeId, input), t);

    private static async Task<Results<Ok<Saved>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> DeleteNodeAsync(
        int id, int nodeId, AppDbContext db, Texts t) => Answer(await ChainSave.DeleteNodeAsync(db, t, id, nodeId), t);

    private static async Task<Results<Ok<Saved>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> SaveYearAsync(
        int id, int year, ChainYearInput input, AppDbContext db, Texts t) => Answer(await ChainSave.SaveYearAsync(db, t, id, year, input), t);

    private static async Task<Results<Ok<Saved>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> SaveTeamAsync(
        int id, TeamInput input, AppDbContext db, Texts t) => Answer(await ChainSave.SaveTeamAsync(db, t, id, input), t);

    private static async Task<Results<Ok<Saved>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> RaiseAsync(
        int id, int nodeId, NodeTargetInput input, AppDbContext db, Texts t, HttpContext ctx) =>
        Answer(await GapToTarget.RaiseAsync(db, t, id, nodeId, input.Firm, ProgrammeYear.Resolve(ctx, input.Year)), t);

    private static Results<Ok<Saved>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult> Answer(ChainSaveResult r, Texts t) =>
        r.Outcome switch
        {
            ChainSaveOutcome.Saved => TypedResults.Ok(new Saved(r.Id!.Value)),
            ChainSaveOutcome.NotFound => TypedResults.NotFound(),
            ChainSaveOutcome.Forbidden => TypedResults.Forbid(),
            ChainSaveOutcome.Conflict => TypedResults.Problem(title: t["记录已被他人修改，请刷新后重试"].Value, statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["conflict"] = r.Conflict }),
            _ => TypedResults.ValidationProblem((r.Errors ?? []).GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
        };
}
