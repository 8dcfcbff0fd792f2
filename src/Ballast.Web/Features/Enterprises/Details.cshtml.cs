using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>One firm: who it is, what it was called, its designations, its figures year by year (未报 where
/// nothing was reported) and the projects it invests in.</summary>
public sealed class DetailsModel(AppDbContext db, UserScope scope) : PageModel
{
    public Enterprise Firm { get; private set; } = null!;
    public string? DivisionName { get; private set; }
    public IReadOnlyList<DesignationDto> Designations { get; private set; } = [];
    public IReadOnlyList<EnterpriseYear> Years { get; private set; } = [];
    public IReadOnlyList<Project> Projects { get; private set; } = [];
    public IReadOnlySet<int> WritableOwners { get; private set; } = new HashSet<int>();
    public bool CanEdit { get; private set; }
    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var firm = await db.Enterprises.AsNoTracking().Include(e => e.OwnerUnit).Include(e => e.Chain).SingleOrDefaultAsync(e => e.Id == id);
        if (firm is null)
        {
            return NotFound();
        }
        Firm = firm;
        Year = Common.Tracking.ProgrammeYear.Resolve(HttpContext, null);
        CanEdit = scope.CanWrite(firm.OwnerUnitId);
        DivisionName = await db.IndustryDivisions.AsNoTracking().Where(d => d.Code == firm.IndustryDivisionCode).Select(d => d.Name).FirstOrDefaultAsync();
        Designations = await DesignationDto.OfFirmAsync(db, id);
        Years = await db.EnterpriseYears.AsNoTracking().Where(y => y.EnterpriseId == id).OrderBy(y => y.Year).ToListAsync();
        Projects = await db.Projects.AsNoTracking().Where(p => p.InvestorEnterpriseId == id).OrderByDescending(p => p.TotalInvestment).ToListAsync();
        WritableOwners = Designations.Select(d => d.OwnerUnitId).Concat(Years.Select(y => y.OwnerUnitId)).Where(scope.CanWrite).ToHashSet();
        return Page();
    }

    /// <summary>The years shown: every reported year and the two before the programme year, so a gap reads 未报.</summary>
    public IReadOnlyList<int> Columns(int programmeYear) =>
        [.. Years.Select(y => y.Year).Concat([programmeYear - 2, programmeYear - 1, programmeYear]).Distinct().Order()];
}
