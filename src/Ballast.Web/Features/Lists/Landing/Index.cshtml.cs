using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

/// <summary>The year's list of key projects to land (重点落地清单): filter, add, remove, export, print.</summary>
[Function(Policies.BusinessWrite)]
public sealed class LandingModel(AppDbContext db, UserScope scope, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public LandingQuery Query { get; set; } = new();

    /// <summary>A name to look for projects to add.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [TempData]
    public string? Message { get; set; }

    public sealed record Candidate(int Id, string Name, string? District, string? DistrictEn, decimal TotalInvestmentWan, ProjectStage Stage);

    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<LandingRow> Rows { get; private set; } = [];
    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];

    public bool CanWrite(int unitId) => scope.CanWrite(unitId);

    public async Task OnGetAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        Today = CityTime.Today(db.Time);
        Rows = await (await Query.ApplyAsync(db, Year)).ToListAsync();
        if (!string.IsNullOrWhiteSpace(Find))
        {
            Candidates = await CandidatesAsync(Find.Trim());
        }
        Districts = await ListChoices.DistrictsAsync(db, Query.District);
        Chains = await ListChoices.ChainsAsync(db, Query.Chain);
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, Query.Year);
        var rows = (await Query.ApplyAsync(db, Year)).AsAsyncEnumerable();
        return await ListExport.XlsxAsync(rows, Columns(), $"landing-{Year}.xlsx", HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAddAsync(int projectId, int year, string? back)
    {
        if (year is < 2000 or > 2100)
        {
            return BadRequest();
        }
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId && p.MergedIntoId == null)
            .Select(p => new { p.Id, p.OwnerUnitId }).SingleOrDefaultAsync();
        if (project is null)
        {
            return NotFound();
        }
        if (!scope.CanWrite(project.OwnerUnitId))
        {
            return Forbid();
        }
        // The unique index covers every unit's entries, so look past the scope filter.
        if (await db.LandingList.IgnoreQueryFilters().AnyAsync(e => e.Year == year && e.ProjectId == projectId))
        {
            Message = t["该项目已在本年度重点落地清单中"];
        }
        else
        {
            db.LandingList.Add(new LandingListEntry { ProjectId = project.Id, Year = year, OwnerUnitId = project.OwnerUnitId });
            await db.SaveChangesAsync();
            Message = t["已加入清单"];
        }
        return Back(back);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int entryId, string? back)
    {
        var entry = await db.LandingList.SingleOrDefaultAsync(e => e.Id == entryId);
        if (entry is null)
        {
            return NotFound();
        }
        if (!scope.CanWrite(entry.OwnerUnitId))
        {
            return Forbid();
        }
        db.LandingList.Remove(entry);
        await db.SaveChangesAsync();
        Message = t["已移出清单"];
        return Back(back);
    }

    private async Task<IReadOnlyList<Candidate>> CandidatesAsync(string text)
    {
        var year = Year;
        var writesAll = scope.WritesAll;
        var units = scope.UnitIds;
        return await db.Projects.AsNoTracking().Countable()
            .Where(p => p.Name.Contains(text) && !db.LandingList.Any(e => e.ProjectId == p.Id && e.Year == year))
            .Where(p => writesAll || units.Contains(p.OwnerUnitId))
            .OrderBy(p => p.Name).Take(20)
            .Select(p => new Candidate(p.Id, p.Name, p.OwnerUnit!.Name, p.OwnerUnit.NameEn, p.TotalInvestment, p.Stage))
            .ToListAsync();
    }

    private List<ExportColumn<LandingRow>> Columns() =>
    [
        new(t["项目名称"].Value, typeof(string), r => r.Name),
        new(t["区市"].Value, typeof(string), r => Texts.Pick(r.District ?? "", r.DistrictEn)),
        new(t["产业链"].Value, typeof(string), r => r.Chain is null ? null : Texts.Pick(r.Chain, r.ChainEn)),
        new(t["总投资（亿元）"].Value, typeof(decimal), r => ListExport.Yi(r.TotalInvestmentWan)),
        new(t["阶段"].Value, typeof(string), r => t[StageNames.Of(r.Stage)].Value),
        new(t["签约日期"].Value, typeof(string), r => ListExport.Date(r.SignedOn)),
    ];

    /// <summary>Back to the list as the user was looking at it.</summary>
    private RedirectResult Back(string? query) =>
        Redirect("/Lists/Landing" + (query is { Length: <= 2000 } q && q.StartsWith('?') ? q : ""));
}
