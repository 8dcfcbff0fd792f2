using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

public static class AdmissionApi
{
    public sealed record EvaluationDto(int Id, int ProjectId, string? ProjectName, int ParkId, int Year, decimal Investment, decimal LandMu,
        decimal? ExpectedOutput, decimal? ExpectedTax, AdmissionResult Result, AdmissionResult EffectiveResult, IReadOnlyList<string> Reasons,
        string EvaluatedBy, DateTimeOffset EvaluatedAt, OverrideState OverrideState, AdmissionResult? OverrideResult, string? OverrideReason,
        string? OverrideRequestedBy, string? OverrideDecidedBy, int Version);

    public static RouteGroupBuilder MapAdmissionApi(this RouteGroupBuilder parks)
    {
        var group = parks.MapGroup("/admission").WithTags("Parks: admission");
        group.MapGet("/thresholds", ThresholdsAsync).WithSummary("Admission thresholds (万元/亩) by park and year; ?year= to choose one year.");
        group.MapPut("/thresholds", SaveThresholdAsync)
            .WithSummary("Set a park's thresholds for a year (programme office or the park's operator); empty = not applied.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/evaluations", ListAsync).WithSummary("Admission evaluations in the caller's scope, newest first; ?projectId= or ?parkId= to narrow.");
        group.MapGet("/evaluations/{id:int}", GetAsync).WithSummary("One evaluation with its reasons, one line per threshold.");
        group.MapPost("/evaluations", EvaluateAsync)
            .WithSummary("Evaluate a project for a park and year against the park's thresholds; expected output and tax (万元/年) default to the commitment.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/evaluations/{id:int}/override", RequestOverrideAsync)
            .WithSummary("Ask for a different result, with a reason; nothing changes until a second person approves.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/evaluations/{id:int}/decision", DecideAsync)
            .WithSummary("Approve or reject an override request: the programme office, never the person who asked.")
            .RequireAuthorization(Policies.ProgrammeManage);
        return parks;
    }

    /// <summary>The evaluations with their projects' names (a park's operator reads them though a district owns the project).</summary>
    public static async Task<List<EvaluationDto>> LoadAsync(AppDbContext db, IQueryable<AdmissionEvaluation> q)
    {
        var rows = await q.AsNoTracking()
            .Select(e => new { E = e, Name = db.Projects.IgnoreQueryFilters().Where(p => p.Id == e.ProjectId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync();
        return [.. rows.Select(r => Dto(r.E, r.Name))];
    }

    private static EvaluationDto Dto(AdmissionEvaluation e, string? name) => new(e.Id, e.ProjectId, name, e.ParkId, e.Year, e.Investment, e.LandMu,
        e.ExpectedOutput, e.ExpectedTax, e.Result, AdmissionSave.Effective(e), e.Reasons.Split('\n'), e.EvaluatedBy, e.EvaluatedAt, e.OverrideState,
        e.OverrideResult, e.OverrideReason, e.OverrideRequestedBy, e.OverrideDecidedBy, e.Version);

    private static async Task<IResult> ThresholdsAsync(AppDbContext db, int? year = null) =>
        TypedResults.Ok(await db.AdmissionThresholds.AsNoTracking().Where(x => year == null || x.Year == year)
            .OrderBy(x => x.Year).ThenBy(x => x.ParkId).ToListAsync());

    private static async Task<IResult> SaveThresholdAsync(ThresholdInput input, ThresholdSave save, HttpContext ctx, Texts t)
    {
        var result = await save.SaveAsync(input, ParkEditor.Of(ctx.User));
        return result.Outcome == SaveOutcome.Saved ? TypedResults.Ok(result.Record) : ApiAnswers.Failure(result, t);
    }

    private static async Task<IResult> ListAsync(AppDbContext db, int? projectId = null, int? parkId = null) =>
        TypedResults.Ok(await LoadAsync(db, db.AdmissionEvaluations
            .Where(e => (projectId == null || e.ProjectId == projectId) && (parkId == null || e.ParkId == parkId))
            .OrderByDescending(e => e.Id).Take(500)));

    private static async Task<IResult> GetAsync(int id, AppDbContext db) =>
        (await LoadAsync(db, db.AdmissionEvaluations.Where(e => e.Id == id))).SingleOrDefault() is { } d ? TypedResults.Ok(d) : TypedResults.NotFound();

    private static async Task<IResult> EvaluateAsync(EvaluationInput input, AdmissionSave save, AppDbContext db, Texts t)
    {
        var result = await save.EvaluateAsync(input);
        return result.Outcome == SaveOutcome.Saved ? await GetAsync(result.Record!.Id, db) : ApiAnswers.Failure(result, t);
    }

    private static async Task<IResult> RequestOverrideAsync(int id, OverrideInput input, AdmissionSave save, AppDbContext db, Texts t)
    {
        var result = await save.RequestOverrideAsync(id, input);
        return result.Outcome == SaveOutcome.Saved ? await GetAsync(id, db) : ApiAnswers.Failure(result, t);
    }

    private static async Task<IResult> DecideAsync(int id, OverrideDecision decision, AdmissionSave save, AppDbContext db, Texts t)
    {
        var result = await save.DecideAsync(id, decision);
        return result.Outcome == SaveOutcome.Saved ? await GetAsync(id, db) : ApiAnswers.Failure(result, t);
    }
}
