using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>One unit's assessment item by item, with its adjustments and the overdue supervision
/// that cost it points: for the office, and for the unit itself once the results are published.</summary>
public sealed class AssessmentUnitModel(AppDbContext db, AssessmentResults results, UserScope scope) : PageModel
{
    public int Year { get; private set; }
    public UnitKind Kind { get; private set; }
    public AssessmentOutcome Outcome { get; private set; } = null!;
    public Unit UnitRecord { get; private set; } = null!;
    public UnitResult? Result { get; private set; }
    public IReadOnlyList<AssessmentAdjustment> Adjustments { get; private set; } = [];
    public IReadOnlyList<SupervisionItem> Overdue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, UnitKind? kind, int? month, int unit)
    {
        Year = ProgrammeYear.Resolve(HttpContext, year);
        Kind = kind == UnitKind.Department ? UnitKind.Department : UnitKind.District;
        var record = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unit && u.Kind == Kind);
        var outcome = await results.ComputeAsync(Year, Kind, month);
        if (record is null || outcome is null)
        {
            return NotFound();
        }
        if (!outcome.ShowsBreakdown(scope, unit))
        {
            return Forbid();
        }
        (UnitRecord, Outcome) = (record, outcome);
        Result = outcome.Ranking.SingleOrDefault(r => r.Unit.UnitId == unit);
        var schemeId = outcome.Scheme.Id;
        Adjustments = await db.AssessmentAdjustments.AsNoTracking().Where(a => a.SchemeId == schemeId && a.UnitId == unit).OrderBy(a => a.Id).ToListAsync();
        Overdue = await AssessmentSupervision.Overdue(db.SupervisionItems.AsNoTracking(), Year, outcome.AsOf)
            .Where(s => s.OwnerUnitId == unit).OrderBy(s => s.DueOn).ToListAsync();
        return Page();
    }
}
