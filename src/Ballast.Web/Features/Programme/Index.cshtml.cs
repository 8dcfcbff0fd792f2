using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>The year's plan as battles → tasks → indicators, each with its value for the period,
/// status against time progress and the formula behind the roll-up.</summary>
public sealed class IndexModel(IndicatorValues values, UserScope scope, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Month { get; set; }

    public PlanResult? Result { get; private set; }
    public int SelectedYear { get; private set; }
    public bool IsOffice => scope.WritesAll;
    public bool NextYearExists { get; private set; }

    public async Task OnGetAsync()
    {
        SelectedYear = ProgrammeYear.Resolve(HttpContext, Year);
        Result = await values.ForPlanAsync(SelectedYear, Month);
        NextYearExists = await db.Plans.AnyAsync(p => p.Year == SelectedYear + 1);
    }

    public async Task<IActionResult> OnPostCopyAsync(int year)
    {
        if (!scope.WritesAll)
        {
            return Forbid();
        }
        var copy = await PlanCopy.CopyForwardAsync(db, year);
        return copy is null ? RedirectToPage(new { Year = year }) : RedirectToPage(new { Year = copy.Year });
    }
}
