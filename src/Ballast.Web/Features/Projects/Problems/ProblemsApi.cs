using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

/// <summary>The problem list for integrations: the page's filters, rules and scope, as JSON.</summary>
public static class ProblemsApi
{
    /// <summary>The answer, or the reason for escalating, and the version the user read (without
    /// it the move is made against the version just loaded: a move has no form to go stale).</summary>
    public sealed record ProblemNote([property: Display(Name = "答复")] string? Text, int? Version = null);

    public static RouteGroupBuilder MapProblemsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/problems").WithTags("Problems");
        group.MapGet("/", ListAsync)
            .WithSummary(
                "Problems in the caller's data scope, filtered as the page is: State (a state or Unresolved), Overdue, DueSoon, Assigned, Mine, Project.");
        group.MapGet("/{id:int}", GetAsync).WithSummary("One problem; 404 when it does not exist or is outside the caller's scope.");
        group.MapPost("/", CreateAsync).WithSummary("Raise a problem on a project; the project's unit or the programme office only.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/answer", (int id, ProblemNote note, AppDbContext db, Texts t, ClaimsPrincipal user) =>
                MoveAsync(id, ProblemMove.Answer, note.Text, note.Version, db, t, user))
            .WithSummary("Answer a problem; the assigned department or the programme office only.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/resolve", (int id, int? version, AppDbContext db, Texts t, ClaimsPrincipal user) =>
                MoveAsync(id, ProblemMove.Resolve, null, version, db, t, user))
            .WithSummary("Resolve a problem; the project's unit or the programme office only.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/escalate", (int id, ProblemNote note, AppDbContext db, Texts t, ClaimsPrincipal user) =>
                MoveAsync(id, ProblemMove.Escalate, note.Text, note.Version, db, t, user))
            .WithSummary("Escalate a problem with a reason, appended to its description; the project's unit or the programme office only.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/reopen", (int id, int? version, AppDbContext db, Texts t, ClaimsPrincipal user) =>
                MoveAsync(id, ProblemMove.Reopen, null, version, db, t, user))
            .WithSummary("Reopen a resolved problem; the project's unit or the programme office only.")
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<Ok<List<ProblemRow>>> ListAsync([AsParameters] ProblemQuery query, AppDbContext db, ClaimsPrincipal user)
    {
        var today = CityTime.Today(db.Time);
        var userId = int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        var q = ProblemQuery.Sorted(query.Apply(db.Problems.AsNoTracking(), today, userId));
        return TypedResults.Ok(await ProblemRow.LoadAsync(q, today));
    }

    private static async Task<Results<Ok<ProblemRow>, NotFound>> GetAsync(int id, AppDbContext db) =>
        await OneAsync(db, id) is { } row ? TypedResults.Ok(row) : TypedResults.NotFound();

    private static async Task<Results<Created<ProblemRow>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        ProblemInput input, AppDbContext db, Texts t, ClaimsPrincipal user)
    {
        var outcome = await new ProblemActions(db, t, user).RaiseAsync(input);
        return outcome.Kind switch
        {
            ProblemOutcomeKind.Done => TypedResults.Created($"/api/problems/{outcome.Problem!.Id}", await OneAsync(db, outcome.Problem.Id)),
            ProblemOutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors!),
            // The project is named in the body, so an unknown one is a bad field, not a missing resource.
            ProblemOutcomeKind.NotFound => TypedResults.ValidationProblem(new Dictionary<string, string[]>
                { [nameof(ProblemInput.ProjectId)] = [t["「{0}」不存在", t["项目"]].Value] }),
            _ => TypedResults.Forbid(),
        };
    }

    /// <summary>A move the state does not allow is a conflict (409) with the reason as its title.</summary>
    private static async Task<Results<Ok<ProblemRow>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> MoveAsync(
        int id, ProblemMove move, string? text, int? version, AppDbContext db, Texts t, ClaimsPrincipal user)
    {
        var outcome = await new ProblemActions(db, t, user).MoveAsync(id, move, text, version);
        return outcome.Kind switch
        {
            ProblemOutcomeKind.Done => TypedResults.Ok((await OneAsync(db, id))!),
            ProblemOutcomeKind.Invalid when outcome.Errors!.TryGetValue("State", out var reason) =>
                TypedResults.Problem(title: reason[0], statusCode: StatusCodes.Status409Conflict),
            ProblemOutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors!),
            ProblemOutcomeKind.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Forbid(),
        };
    }

    private static async Task<ProblemRow?> OneAsync(AppDbContext db, int id) =>
        (await ProblemRow.LoadAsync(db.Problems.AsNoTracking().Where(p => p.Id == id), CityTime.Today(db.Time), take: 1))
        .SingleOrDefault();
}
