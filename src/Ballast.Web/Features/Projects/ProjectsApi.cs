using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

public static class ProjectsApi
{
    public sealed record ProjectDto(int Id, string Name, string? InvestorName, decimal TotalInvestmentWan, ProjectStage Stage,
        int OwnerUnitId, string? OwnerUnitName, int? ChainId, string? ChainName, bool IsDemo);

    public static RouteGroupBuilder MapProjectsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects");
        group.MapGet("/", async (AppDbContext db) => TypedResults.Ok(await Project(db.Projects.OrderBy(p => p.Id)).ToListAsync()))
            .WithSummary("Projects in the caller's data scope.");
        group.MapGet("/{id:int}", GetAsync).WithSummary("One project; 404 when it does not exist or is outside the caller's scope.");
        group.MapPost("/", CreateAsync).WithSummary("Create a project in a unit inside the caller's scope.");
        group.MapPut("/{id:int}", UpdateAsync).WithSummary("Change a project inside the caller's scope.");
        return api;
    }

    private static IQueryable<ProjectDto> Project(IQueryable<Project> q) => q.Select(p => new ProjectDto(
        p.Id, p.Name, p.InvestorName, p.TotalInvestment, p.Stage, p.OwnerUnitId, p.OwnerUnit!.Name, p.ChainId, p.Chain!.Name, p.IsDemo));

    private static async Task<Results<Ok<ProjectDto>, NotFound>> GetAsync(int id, AppDbContext db) =>
        await Project(db.Projects.Where(p => p.Id == id)).SingleOrDefaultAsync() is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    private static async Task<Results<Created<ProjectDto>, ValidationProblem, ForbidHttpResult>> CreateAsync(
        ProjectInput input, AppDbContext db, UserScope scope, Texts t)
    {
        if (Validate(input, t) is { } problem)
        {
            return problem;
        }
        if (!scope.CanWrite(input.OwnerUnitId))
        {
            return TypedResults.Forbid();
        }
        var now = db.Time.GetUtcNow();
        var project = new Project { Name = input.Name, CreatedAt = now };
        input.ApplyTo(project, now);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        var dto = await Project(db.Projects.Where(p => p.Id == project.Id)).SingleAsync();
        return TypedResults.Created($"/api/projects/{project.Id}", dto);
    }

    private static async Task<Results<Ok<ProjectDto>, NotFound, ValidationProblem, ForbidHttpResult>> UpdateAsync(
        int id, ProjectInput input, AppDbContext db, UserScope scope, Texts t)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
        {
            return TypedResults.NotFound();
        }
        if (Validate(input, t) is { } problem)
        {
            return problem;
        }
        if (!scope.CanWrite(input.OwnerUnitId))
        {
            return TypedResults.Forbid();
        }
        input.ApplyTo(project, db.Time.GetUtcNow());
        await db.SaveChangesAsync();
        return TypedResults.Ok(await Project(db.Projects.Where(p => p.Id == id)).SingleAsync());
    }

    /// <summary>Runs the same data-annotation rules the pages run.</summary>
    private static ValidationProblem? Validate(ProjectInput input, Texts t)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return null;
        }
        return TypedResults.ValidationProblem(results
            .SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(m => (m, t[r.ErrorMessage ?? ""].Value)))
            .GroupBy(x => x.m).ToDictionary(g => g.Key, g => g.Select(x => x.Item2).ToArray()));
    }
}
