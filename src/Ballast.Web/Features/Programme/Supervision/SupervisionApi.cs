using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>Supervision (督办) for integrations: the page's filters, rules and scope, as JSON.</summary>
public static class SupervisionApi
{
    /// <summary>The report, or a reason (returning, declining, asking for more time); with the due
    /// date asked for when requesting an extension.</summary>
    public sealed record SupervisionNote([property: Display(Name = "情况说明")] string? Text,
        [property: Display(Name = "办结时限")] DateOnly? DueOn = null);

    public static RouteGroupBuilder MapSupervisionApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programme/supervision").WithTags("Programme");
        group.MapGet("/", ListAsync)
            .WithSummary("Supervision items in the caller's data scope, filtered as the page is: Year (default: the programme year), State (a state or Open), Unit, Overdue, DueSoon, Source, Indicator.");
        group.MapGet("/figures", FiguresAsync)
            .WithSummary("A year's counts (open, overdue, closed on time, closed late), for every unit or one: what the bulletin and the assessment count.");
        group.MapGet("/{id:int}", GetAsync).WithSummary("One item; 404 when it does not exist or is outside the caller's scope.");
        group.MapGet("/{id:int}/history", HistoryAsync).WithSummary("The item's history from the audit trail: who, when, what changed.");
        group.MapPost("/", IssueAsync).WithSummary("Issue an item to a district or department (source 会议, 领导批示 or 其他); the programme office only.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapPost("/from-indicator/{indicatorId:int}", RaiseAsync)
            .WithSummary("Raise an item on a lagging indicator (source 指标预警), assigned to its lead unit and titled by its name unless a title is given; the programme office only.")
            .RequireAuthorization(Policies.ProgrammeManage);
        Move(group, "acknowledge", SupervisionMove.Acknowledge, Policies.BusinessWrite, "Acknowledge an item; its assigned unit only.");
        Move(group, "report", SupervisionMove.Report, Policies.BusinessWrite, "Report how the item was done (Text required); its assigned unit only, once acknowledged.");
        Move(group, "return", SupervisionMove.Return, Policies.ProgrammeManage, "Return a report with a reason (Text); the programme office only.");
        Move(group, "close", SupervisionMove.Close, Policies.ProgrammeManage, "Close a reported item; the programme office only.");
        Move(group, "chase", SupervisionMove.Chase, Policies.ProgrammeManage, "Chase (催办) an overdue item, at most once a day; the programme office only.");
        Move(group, "extension", SupervisionMove.RequestExtension, Policies.BusinessWrite,
            "Ask for a later due date (DueOn) with a reason (Text), on or before the due date; the assigned unit only.");
        Move(group, "extension/grant", SupervisionMove.GrantExtension, Policies.ProgrammeManage, "Grant the pending extension request; the programme office only.");
        Move(group, "extension/decline", SupervisionMove.DeclineExtension, Policies.ProgrammeManage,
            "Decline the pending extension request with a reason (Text); the programme office only.");
        return api;
    }

    private static void Move(RouteGroupBuilder group, string path, SupervisionMove move, string function, string summary) =>
        group.MapPost("/{id:int}/" + path, (int id, SupervisionNote? note, AppDbContext db, Texts t, ClaimsPrincipal user) =>
            MoveAsync(id, move, note, db, t, user)).WithSummary(summary).RequireAuthorization(function);

    private static async Task<Ok<List<SupervisionRow>>> ListAsync([AsParameters] SupervisionQuery query, AppDbContext db, HttpContext ctx)
    {
        var today = CityTime.Today(db.Time);
        var year = ProgrammeYear.Resolve(ctx, query.Year);
        var q = SupervisionQuery.Sorted(query.Apply(db.SupervisionItems.AsNoTracking(), year, today));
        return TypedResults.Ok(await SupervisionRow.LoadAsync(q, db.Indicators, today));
    }

    private static async Task<Ok<SupervisionCounts>> FiguresAsync(int? year, int? unit, AppDbContext db, HttpContext ctx) =>
        TypedResults.Ok(await SupervisionFigures.CountsAsync(db, ProgrammeYear.Resolve(ctx, year), unit));

    private static async Task<Results<Ok<SupervisionRow>, NotFound>> GetAsync(int id, AppDbContext db) =>
        await OneAsync(db, id) is { } row ? TypedResults.Ok(row) : TypedResults.NotFound();

    private static async Task<Results<Ok<IReadOnlyList<SupervisionStep>>, NotFound>> HistoryAsync(int id, AppDbContext db) =>
        await db.SupervisionItems.AnyAsync(s => s.Id == id)
            ? TypedResults.Ok(await SupervisionHistory.LoadAsync(db, id))
            : TypedResults.NotFound();

    private static async Task<Results<Created<SupervisionRow>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> IssueAsync(
        SupervisionInput input, AppDbContext db, Texts t, ClaimsPrincipal user, HttpContext ctx) =>
        await CreatedAsync(await new SupervisionActions(db, t, user).IssueAsync(input, ProgrammeYear.Resolve(ctx, null)), db);

    private static async Task<Results<Created<SupervisionRow>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> RaiseAsync(
        int indicatorId, SupervisionInput? input, AppDbContext db, Texts t, ClaimsPrincipal user) =>
        await CreatedAsync(await new SupervisionActions(db, t, user).RaiseFromIndicatorAsync(indicatorId, input ?? new SupervisionInput()), db);

    private static async Task<Results<Created<SupervisionRow>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> CreatedAsync(
        SupervisionOutcome outcome, AppDbContext db) => outcome.Kind switch
        {
            SupervisionOutcomeKind.Done => TypedResults.Created($"/api/programme/supervision/{outcome.Item!.Id}", await OneAsync(db, outcome.Item.Id)),
            SupervisionOutcomeKind.Invalid when outcome.Errors!.TryGetValue(SupervisionOutcome.StateKey, out var reason) =>
                TypedResults.Problem(title: reason[0], statusCode: StatusCodes.Status409Conflict),
            SupervisionOutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors!),
            SupervisionOutcomeKind.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Forbid(),
        };

    /// <summary>A move the state does not allow is a conflict (409) with the reason as its title.</summary>
    private static async Task<Results<Ok<SupervisionRow>, ValidationProblem, ProblemHttpResult, NotFound, ForbidHttpResult>> MoveAsync(
        int id, SupervisionMove move, SupervisionNote? note, AppDbContext db, Texts t, ClaimsPrincipal user)
    {
        var outcome = await new SupervisionActions(db, t, user).MoveAsync(id, move, note?.Text, note?.DueOn);
        return outcome.Kind switch
        {
            SupervisionOutcomeKind.Done => TypedResults.Ok((await OneAsync(db, id))!),
            SupervisionOutcomeKind.Invalid when outcome.Errors!.TryGetValue(SupervisionOutcome.StateKey, out var reason) =>
                TypedResults.Problem(title: reason[0], statusCode: StatusCodes.Status409Conflict),
            SupervisionOutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors!),
            SupervisionOutcomeKind.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Forbid(),
        };
    }

    private static async Task<SupervisionRow?> OneAsync(AppDbContext db, int id) =>
        (await SupervisionRow.LoadAsync(db.SupervisionItems.AsNoTracking().Where(s => s.Id == id), db.Indicators, CityTime.Today(db.Time), take: 1))
        .SingleOrDefault();
}
