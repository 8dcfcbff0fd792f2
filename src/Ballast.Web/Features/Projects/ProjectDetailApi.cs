using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

/// <summary>The read side of one project. Each answer is 404 outside the caller's data scope:
/// the query filter hides the record, so no endpoint can forget to check.</summary>
public static class ProjectDetailApi
{
    public static RouteGroupBuilder MapProjectDetailApi(this RouteGroupBuilder projects)
    {
        projects.MapGet("/{id:int}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One project: `input` holds every field the edit page and the import set, under the input model's names; "
                + "404 outside the caller's scope.");
        projects.MapGet("/{id:int}/stages", StagesAsync).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("The project's stage history.");
        projects.MapGet("/{id:int}/key-projects", KeyProjectsAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The project's key-project designations by year: class and annual plan in 万元 (null = pending, 待下达).");
        projects.MapGet("/{id:int}/monthly", MonthlyAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The project's monthly reports for a year (default: the selected programme year), amounts in 万元, "
                + "with year-to-date of counted reports.");
        return projects;
    }

    private static async Task<Results<Ok<ProjectDetail>, NotFound>> GetAsync(int id, AppDbContext db, Texts t)
    {
        var p = await db.Projects.AsNoTracking().Include(x => x.OwnerUnit).Include(x => x.ResponsibleUnit).Include(x => x.ParkUnit)
            .Include(x => x.Chain).Include(x => x.Leader).Include(x => x.ExpansionOf).SingleOrDefaultAsync(x => x.Id == id);
        if (p is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new ProjectDetail(p.Id, p.Stage, t[StageNames.Of(p.Stage)], p.SignedOn, p.RegisteredOn, p.StartedOn, p.OperatingOn,
            Name(p.OwnerUnit?.Name, p.OwnerUnit?.NameEn), Name(p.ResponsibleUnit?.Name, p.ResponsibleUnit?.NameEn), Name(p.ParkUnit?.Name, p.ParkUnit?.NameEn),
            Name(p.Chain?.Name, p.Chain?.NameEn), p.Leader?.Name, p.ExpansionOf?.Name, p.MergedIntoId, p.IsDemo, p.Version, p.CreatedOn, ProjectInput.From(p)));
    }

    private static string? Name(string? zh, string? en) => zh is null ? null : Texts.Pick(zh, en);

    private static async Task<Results<Ok<List<ProjectStageChange>>, NotFound>> StagesAsync(int id, AppDbContext db) =>
        await db.Projects.AnyAsync(p => p.Id == id)
            ? TypedResults.Ok(await db.ProjectStageChanges.AsNoTracking().Where(c => c.ProjectId == id).OrderBy(c => c.On).ThenBy(c => c.Id).ToListAsync())
            : TypedResults.NotFound();

    private static async Task<Results<Ok<List<KeyProjectPlan>>, NotFound>> KeyProjectsAsync(int id, AppDbContext db, Texts t)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == id))
        {
            return TypedResults.NotFound();
        }
        var rows = await db.KeyProjects.AsNoTracking().Where(k => k.ProjectId == id).OrderBy(k => k.Year).ToListAsync();
        return TypedResults.Ok(rows.Select(k => new KeyProjectPlan(k.Year, k.Class, t[StageNames.ClassOf(k.Class)], k.PlannedInvestment,
            k.PlannedInvestment is null)).ToList());
    }

    private static async Task<Results<Ok<List<MonthlyLine>>, NotFound>> MonthlyAsync(int id, int? year, HttpContext ctx, AppDbContext db)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == id))
        {
            return TypedResults.NotFound();
        }
        var y = ProgrammeYear.Resolve(ctx, year);
        var reports = await db.MonthlyReports.AsNoTracking().Where(r => r.KeyProject!.ProjectId == id && r.Period!.Year == y)
            .Select(r => new { r.Period!.Month, r.Completed, r.State, r.SubmittedLate, r.PhysicalProgress, r.StartedThisMonth, r.CompletedThisMonth })
            .ToListAsync();
        var ytd = 0m;
        var lines = new List<MonthlyLine>();
        foreach (var r in reports.OrderBy(r => r.Month))
        {
            var counted = MonthlyReport.Counted.Contains(r.State);
            ytd += counted ? r.Completed : 0m;
            lines.Add(new MonthlyLine(r.Month, r.Completed, ytd, r.State, counted, r.SubmittedLate, r.PhysicalProgress,
                r.StartedThisMonth, r.CompletedThisMonth));
        }
        return TypedResults.Ok(lines);
    }
}
