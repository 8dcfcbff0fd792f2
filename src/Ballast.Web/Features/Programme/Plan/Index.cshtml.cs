using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>The year's plan as battles → tasks → indicators, each with its value for the period,
/// status against time progress and the formula behind the roll-up.</summary>
[Function(Policies.ProgrammeManage)]
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
        Thresholds = await db.StatusThresholds.AsNoTracking().SingleOrDefaultAsync(t => t.Year == SelectedYear) ?? new StatusThresholds { Year = SelectedYear };
    }

    [BindProperty] public decimal GreenFrom { get; set; }
    [BindProperty] public decimal RedBelow { get; set; }
    public StatusThresholds? Thresholds { get; private set; }
    public string? ThresholdError { get; private set; }

    /// <summary>The office sets the year's traffic-light thresholds (cities differ).</summary>
    public async Task<IActionResult> OnPostThresholdsAsync(int year)
    {
        if (!scope.WritesAll)
        {
            return Forbid();
        }
        if (RedBelow >= GreenFrom || GreenFrom is > 100 or < -100 || RedBelow is > 100 or < -100)
        {
            ThresholdError = "严重滞后的界限须低于正常的界限，且均在 −100 至 100 个百分点之间";
            await OnGetAsync();
            return Page();
        }
        var t = await db.StatusThresholds.SingleOrDefaultAsync(x => x.Year == year);
        if (t is null)
        {
            t = new StatusThresholds { Year = year };
            db.StatusThresholds.Add(t);
        }
        t.GreenFrom = GreenFrom;
        t.RedBelow = RedBelow;
        await db.SaveChangesAsync();
        return RedirectToPage(new { Year = year });
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
