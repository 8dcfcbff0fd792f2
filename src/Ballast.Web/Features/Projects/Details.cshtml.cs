using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

[Function(Policies.BusinessWrite)]
public sealed class DetailsModel(AppDbContext db, UserScope scope, KeyProjectFigures figures, Texts t) : PageModel
{
    public Project Project { get; private set; } = null!;
    public string? ParkName { get; private set; }
    public string? DepartmentName { get; private set; }
    public string? DivisionName { get; private set; }
    public string? EmergingAreaName { get; private set; }
    public IReadOnlyList<Project> Expansions { get; private set; } = [];
    public IReadOnlyList<Problem> Problems { get; private set; } = [];
    public KeyProject? Key { get; private set; }
    public ProjectFigure? Figure { get; private set; }
    /// <summary>Month → completed that month (万元) for the chart; only counted reports.</summary>
    public IReadOnlyList<(int Month, decimal? Completed, ReportState? State)> Months { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public string? StageError { get; private set; }

    [BindProperty] public int? MergeInto { get; set; }
    public bool CanMerge => scope.WritesAll;
    public string? MergeError { get; private set; }

    [BindProperty] public ProjectStage MoveTo { get; set; }
    [BindProperty] public DateOnly? MoveOn { get; set; }
    [BindProperty] public string? MoveNote { get; set; }

    /// <summary>A project outside the user's scope is not found, exactly like one that does not exist.</summary>
    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStageAsync(int id)
    {
        var project = await db.Projects.Include(p => p.StageChanges).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
        {
            return NotFound();
        }
        var now = db.Time.GetUtcNow();
        var problem = MoveOn is null ? "请填写阶段日期"
            : StageRules.Move(project, MoveTo, MoveOn.Value, CityTime.DateOf(now), scope.UserName, now, MoveNote?.Trim());
        if (problem is null)
        {
            project.UpdatedAt = now;
            await db.SaveChangesAsync();
            return RedirectToPage(new { id });
        }
        db.ChangeTracker.Clear();
        StageError = t[problem];
        await LoadAsync(id);
        return Page();
    }

    /// <summary>The programme office marks this record a duplicate of another.</summary>
    [Function(Policies.ProgrammeManage)]
    public async Task<IActionResult> OnPostMergeAsync(int id)
    {
        if (!scope.WritesAll)
        {
            return Forbid();
        }
        var problem = MergeInto is null ? "请填写保留的项目编号" : await ProjectMerge.MergeAsync(db, id, MergeInto.Value);
        if (problem is null)
        {
            return RedirectToPage(new { id });
        }
        db.ChangeTracker.Clear();
        MergeError = t[problem];
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.OwnerUnit).Include(p => p.Chain).Include(p => p.Leader)
            .Include(p => p.StageChanges).Include(p => p.ExpansionOf).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
        {
            return false;
        }
        Project = project;
        CanEdit = scope.CanWrite(project.OwnerUnitId);
        var units = await db.Units.AsNoTracking().Where(u => u.Id == project.ParkUnitId || u.Id == project.ResponsibleUnitId).ToListAsync();
        ParkName = units.FirstOrDefault(u => u.Id == project.ParkUnitId) is { } park ? Texts.Pick(park.Name, park.NameEn) : null;
        DepartmentName = units.FirstOrDefault(u => u.Id == project.ResponsibleUnitId) is { } dept ? Texts.Pick(dept.Name, dept.NameEn) : null;
        DivisionName = await db.IndustryDivisions.Where(d => d.Code == project.IndustryDivisionCode).Select(d => d.Code + " " + d.Name).SingleOrDefaultAsync();
        EmergingAreaName = await db.EmergingAreas.Where(a => a.Code == project.EmergingAreaCode).Select(a => a.Name).SingleOrDefaultAsync();
        Expansions = await db.Projects.AsNoTracking().Where(p => p.ExpansionOfId == id).ToListAsync();
        Problems = await db.Problems.AsNoTracking().Include(p => p.AssignedUnit).Where(p => p.ProjectId == id).OrderByDescending(p => p.RaisedOn).ToListAsync();

        var year = ProgrammeYear.Resolve(HttpContext, null);
        Key = await db.KeyProjects.AsNoTracking().SingleOrDefaultAsync(k => k.ProjectId == id && k.Year == year);
        if (Key is not null && await figures.LatestMonthAsync(year) is { } month)
        {
            var source = db.KeyProjects.Where(k => k.Id == Key.Id);
            Figure = (await figures.ProjectsAsync(year, month, source, take: 1)).SingleOrDefault();
            var reports = await db.MonthlyReports.AsNoTracking().Where(r => r.KeyProjectId == Key.Id)
                .Select(r => new { r.Period!.Month, r.Completed, r.State }).ToListAsync();
            Months = [.. Enumerable.Range(2, month - 1).Select(m => reports.FirstOrDefault(r => r.Month == m) is { } r
                ? (m, MonthlyReport.Counted.Contains(r.State) ? r.Completed : (decimal?)null, (ReportState?)r.State)
                : (m, (decimal?)null, (ReportState?)null))];
        }
        return true;
    }
}
