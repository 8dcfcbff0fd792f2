using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>The per-mu evaluation for integrations: schemes (read by anyone signed in, written by the programme
/// office), runs in the caller's scope, their results and the review and publication steps — the pages' own rules.</summary>
public static class PerMuApi
{
    public sealed record CopyRequest(int Year);

    public sealed record RunCreated(int Id, int Number, RunState State, int Firms, int Scored, int Exempt, int Missing, int A, int B, int C, int D);

    public static RouteGroupBuilder MapPerMuApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/permu").WithTags("PerMu");
        group.MapGet("/schemes", ListSchemesAsync).WithSummary("Per-mu schemes, newest year first; ?year= for one year.");
        group.MapGet("/schemes/{id:int}", GetSchemeAsync).WithSummary("A scheme with its indicators; frozen when a published run used it.");
        group.MapPost("/schemes", (SchemeInput input, PerMuSchemeSave save, AppDbContext db, Texts t) => SaveAsync(null, input, save, db, t))
            .WithSummary("Create a scheme. Formulas use TaxPaid, Revenue, Output, ValueAdded, RdSpending, Employees, TotalAssets, EnergyTce, EmissionsT, "
                + "LandMu, numbers, + - * / and parentheses; a formula that does not parse is refused naming the indicator and the position. "
                + "Ratio scoring needs a benchmark for every indicator. Percentile cuts are cumulative shares in % (A ≤ A+B ≤ A+B+C); score cuts descend.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapPut("/schemes/{id:int}", (int id, SchemeInput input, PerMuSchemeSave save, AppDbContext db, Texts t) => SaveAsync(id, input, save, db, t))
            .WithSummary("Replace a scheme's fields and indicators; send the version you read (409 when changed since). A scheme a published run used is refused: copy it.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapPost("/schemes/{id:int}/copy", CopyAsync).WithSummary("Copy a scheme to another year, as a new editable scheme.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapGet("/runs", ListRunsAsync).WithSummary("Runs in the caller's scope with counts per grade; ?year=, ?unitId= (population), ?state=.");
        group.MapPost("/runs", RunAsync)
            .WithSummary("Evaluate a population (District: the unit's firms and those of units below it; Park: firms in the park at the year's end) "
                + "under a scheme for its year. Creates a Draft run with every firm's result and answers its id and counts.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/runs/{id:int}", GetRunAsync).WithSummary("A run with its counts per grade.");
        group.MapGet("/runs/{id:int}/results", ResultsAsync)
            .WithSummary("Every firm of a run: id, USCC, name, group, score (4 decimals), grade, rank in its ranking group, missing figures, "
                + "exempt reason (grade T), and the explanation (per indicator: formula, inputs, value, benchmark or min/max, points).");
        group.MapPost("/runs/{id:int}/review", (int id, RunStep step, PerMuLifecycle steps, AppDbContext db, Texts t) => StepAsync(steps.ReviewAsync(id, step), db, t))
            .WithSummary("Mark a Draft run reviewed; the reviewer must not be the one who ran it. Send the run's version.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/runs/{id:int}/publish", (int id, RunStep step, PerMuLifecycle steps, AppDbContext db, Texts t) => StepAsync(steps.PublishAsync(id, step), db, t))
            .WithSummary("Publish a Reviewed run: it is frozen, and an earlier published run of the same population and year becomes Superseded.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/firms/{enterpriseId:int}", (int enterpriseId, AppDbContext db) => PerMuQuery.OfFirmAsync(db, enterpriseId))
            .WithSummary("A firm's results in every run the caller may read, newest year first.");
        return api;
    }

    private static async Task<Ok<List<SchemeDto>>> ListSchemesAsync(int? year, AppDbContext db)
    {
        var schemes = await db.PerMuSchemes.AsNoTracking().Include(s => s.Indicators).Where(s => year == null || s.Year == year)
            .OrderByDescending(s => s.Year).ThenBy(s => s.Id).ToListAsync();
        var frozen = await FrozenAsync(db);
        return TypedResults.Ok(schemes.Select(s => SchemeDto.Of(s, frozen.Contains(s.Id))).ToList());
    }

    private static async Task<Results<Ok<SchemeDto>, NotFound>> GetSchemeAsync(int id, AppDbContext db)
    {
        var scheme = await db.PerMuSchemes.AsNoTracking().Include(s => s.Indicators).SingleOrDefaultAsync(s => s.Id == id);
        return scheme is null ? TypedResults.NotFound() : TypedResults.Ok(SchemeDto.Of(scheme, (await FrozenAsync(db)).Contains(id)));
    }

    public static async Task<HashSet<int>> FrozenAsync(AppDbContext db) =>
        [.. await db.PerMuRuns.IgnoreQueryFilters().Where(r => r.State == RunState.Published || r.State == RunState.Superseded)
            .Select(r => r.SchemeId).Distinct().ToListAsync()];

    private static async Task<IResult> SaveAsync(int? id, SchemeInput input, PerMuSchemeSave save, AppDbContext db, Texts t)
    {
        var result = id is { } existing ? await save.UpdateAsync(existing, input) : await save.CreateAsync(input);
        if (result.Outcome != SaveOutcome.Saved)
        {
            return ApiAnswers.Failure(result, t);
        }
        var dto = SchemeDto.Of(result.Record!, false);
        return id is null ? TypedResults.Created($"/api/permu/schemes/{dto.Id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<IResult> CopyAsync(int id, CopyRequest request, PerMuSchemeSave save, Texts t)
    {
        var result = await save.CopyAsync(id, request.Year);
        return result.Outcome == SaveOutcome.Saved
            ? TypedResults.Created($"/api/permu/schemes/{result.Record!.Id}", SchemeDto.Of(result.Record, false)) : ApiAnswers.Failure(result, t);
    }

    private static async Task<Ok<List<RunSummary>>> ListRunsAsync(int? year, int? unitId, RunState? state, AppDbContext db) =>
        TypedResults.Ok(await PerMuQuery.Runs(db, q => q.Where(r => (year == null || r.Year == year) && (unitId == null || r.PopulationUnitId == unitId)
            && (state == null || r.State == state)).OrderByDescending(r => r.Year).ThenBy(r => r.PopulationUnitId).ThenByDescending(r => r.Number)).ToListAsync());

    private static async Task<IResult> RunAsync(RunInput input, PerMuRunner runner, AppDbContext db, Texts t)
    {
        var result = await runner.RunAsync(input);
        if (result.Outcome != SaveOutcome.Saved)
        {
            return ApiAnswers.Failure(result, t);
        }
        var s = await PerMuQuery.Runs(db, q => q.Where(r => r.Id == result.Record!.Id)).SingleAsync();
        return TypedResults.Created($"/api/permu/runs/{s.Id}", new RunCreated(s.Id, s.Number, s.State, s.Firms, s.Scored, s.Exempt, s.Missing, s.A, s.B, s.C, s.D));
    }

    private static async Task<Results<Ok<RunSummary>, NotFound>> GetRunAsync(int id, AppDbContext db) =>
        await PerMuQuery.Runs(db, q => q.Where(r => r.Id == id)).SingleOrDefaultAsync() is { } run ? TypedResults.Ok(run) : TypedResults.NotFound();

    private static async Task<Results<Ok<List<ResultRow>>, NotFound>> ResultsAsync(int id, AppDbContext db) =>
        await db.PerMuRuns.AnyAsync(r => r.Id == id) ? TypedResults.Ok(await PerMuQuery.ResultsAsync(db, id)) : TypedResults.NotFound();

    private static async Task<IResult> StepAsync(Task<RecordSave<PerMuRun>> step, AppDbContext db, Texts t)
    {
        var result = await step;
        return result.Outcome == SaveOutcome.Saved
            ? TypedResults.Ok(await PerMuQuery.Runs(db, q => q.Where(r => r.Id == result.Record!.Id)).SingleAsync()) : ApiAnswers.Failure(result, t);
    }
}
