using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

public static class ProjectsApi
{
    public sealed record ProjectDto(int Id, string Name, string? InvestorName, string? InvestorUscc, decimal TotalInvestmentWan, ProjectStage Stage,
        int OwnerUnitId, string? OwnerUnitName, int? ChainId, string? ChainName, string? ProjectCode, DateOnly? SignedOn, DateOnly? StartedOn,
        int? ExpansionOfId, int? MergedIntoId, bool IsDemo, int Version);

    public sealed record StageMove(ProjectStage Stage, DateOnly On, string? Note);

    public sealed record MergeRequest(int IntoId);

    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects");
        group.MapGet("/", ListAsync).WithSummary("Projects in the caller's data scope, filtered like the project list (same query parameters), 50 a page.");
        group.MapProjectDetailApi();
        group.MapPost("/", CreateAsync)
            .WithSummary("Create a project in a unit inside the caller's scope; optional ?stage=&stageOn= for its current stage. "
                + "409 lists possible duplicates unless notADuplicate is true.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", UpdateAsync)
            .WithSummary("Change a project; send the version you read: 409 with the current record when someone changed it since.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/stage", MoveStageAsync)
            .WithSummary("Move the project to a stage on a date (history kept; the first signing date never changes).")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/merge", MergeAsync)
            .WithSummary("Programme office: mark this project a duplicate of another; both histories are kept and it no longer counts.")
            .RequireAuthorization(Policies.ProgrammeManage);
        return api;
    }

    public static IQueryable<ProjectDto> ToDto(IQueryable<Project> q) => q.Select(p => new ProjectDto(
        p.Id, p.Name, p.InvestorName, p.InvestorUscc, p.TotalInvestment, p.Stage, p.OwnerUnitId, p.OwnerUnit!.Name, p.ChainId, p.Chain!.Name,
        p.ProjectCode, p.SignedOn, p.StartedOn, p.ExpansionOfId, p.MergedIntoId, p.IsDemo, p.Version));

    private static async Task<Ok<List<ProjectDto>>> ListAsync([AsParameters] ProjectQuery query, HttpContext ctx, AppDbContext db, KeyProjectFigures figures)
    {
        var year = ProgrammeYear.Resolve(ctx, query.Year);
        var q = query.Sorted(await query.ApplyAsync(db, figures, year));
        return TypedResults.Ok(await ToDto(q.Skip((query.PageNumber - 1) * ProjectQuery.PageSize).Take(ProjectQuery.PageSize)).ToListAsync());
    }

    private static async Task<IResult> CreateAsync(
        ProjectInput input,
        ProjectSave save,
        AppDbContext db,
        Texts t,
        ProjectStage stage = ProjectStage.Lead,
        DateOnly? stageOn = null)
    {
        var result = await save.CreateAsync(input, stage, stageOn);
        return result.Outcome == SaveOutcome.Saved
            ? TypedResults.Created($"/api/projects/{result.Project!.Id}", await ToDto(db.Projects.Where(p => p.Id == result.Project.Id)).SingleAsync())
            : Failure(result, t);
    }

    private static async Task<IResult> UpdateAsync(int id, ProjectInput input, ProjectSave save, AppDbContext db, Texts t)
    {
        var result = await save.UpdateAsync(id, input);
        return result.Outcome == SaveOutcome.Saved
            ? TypedResults.Ok(await ToDto(db.Projects.Where(p => p.Id == id)).SingleAsync())
            : Failure(result, t);
    }

    private static async Task<IResult> MoveStageAsync(int id, StageMove move, AppDbContext db, UserScope scope, Texts t)
    {
        var project = await db.Projects.Include(p => p.StageChanges).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
        {
            return TypedResults.NotFound();
        }
        var now = db.Time.GetUtcNow();
        var problem = StageRules.Move(project, move.Stage, move.On, CityTime.DateOf(now), scope.UserName, now, move.Note);
        if (problem is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["stage"] = [t[problem]] });
        }
        project.UpdatedAt = now;
        await db.SaveChangesAsync();
        return TypedResults.Ok(await ToDto(db.Projects.Where(p => p.Id == id)).SingleAsync());
    }

    private static async Task<IResult> MergeAsync(int id, MergeRequest request, AppDbContext db, UserScope scope, Texts t)
    {
        if (!scope.WritesAll)
        {
            return TypedResults.Forbid();
        }
        var problem = await ProjectMerge.MergeAsync(db, id, request.IntoId);
        return problem is null ? TypedResults.NoContent() : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["intoId"] = [t[problem]] });
    }

    private static IResult Failure(SaveResult result, Texts t) => result.Outcome switch
    {
        SaveOutcome.NotFound => TypedResults.NotFound(),
        SaveOutcome.Forbidden => TypedResults.Problem(t["数据范围之外的记录不能修改"], statusCode: StatusCodes.Status403Forbidden),
        SaveOutcome.PossibleDuplicate => TypedResults.Conflict(new
        {
            title = t["可能与已有项目重复；确认不是重复项目时请设置 notADuplicate 为 true"].Value,
            duplicates = result.Duplicates
        }),
        SaveOutcome.Conflict => TypedResults.Conflict(new
        {
            title = t["该项目已被他人修改，您的修改未保存"].Value,
            current = result.Current!.Version
        }),
        _ => Invalid(result.Errors, t),
    };

    /// <summary>Runs the same data-annotation rules the pages run.</summary>

    private static ValidationProblem Invalid(List<(string Field, string Message)> errors, Texts t) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => t[e.Message].Value).ToArray()));
}
