using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>The programme office edits an indicator of a plan: target, unit, weight, lead unit, rule.</summary>
[Function(Policies.ProgrammeManage)]
public sealed class IndicatorEditModel(AppDbContext db, UserScope scope, Texts t) : PageModel
{
    [BindProperty] public IndicatorInput Input { get; set; } = new();
    public Indicator Indicator { get; private set; } = null!;
    public int Year { get; private set; }
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Tasks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!scope.WritesAll)
        {
            return Forbid();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = IndicatorInput.From(Indicator);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!scope.WritesAll)
        {
            return Forbid();
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var indicator = await db.Indicators.SingleAsync(i => i.Id == id);
            if (Input.ApplyTo(indicator) is { } problem)
            {
                ModelState.AddModelError("", t[problem]);
            }
            else
            {
                await db.SaveChangesAsync();
                return RedirectToPage("/Programme/Plan/Index", new { Year });
            }
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Battle).SingleOrDefaultAsync(i => i.Id == id);
        if (indicator is null)
        {
            return false;
        }
        Indicator = indicator;
        Year = await db.Plans.Where(p => p.Id == indicator.Battle!.PlanId).Select(p => p.Year).SingleAsync();
        Units = [.. (await db.Units.AsNoTracking()
                .Where(u => u.Kind == UnitKind.Department || u.Kind == UnitKind.District)
                .OrderBy(u => u.SortOrder)
                .ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), u.Id.ToString(CultureInfo.InvariantCulture)))];
        Tasks = [.. (await db.PlanTasks.AsNoTracking().Where(x => x.BattleId == indicator.BattleId).OrderBy(x => x.SortOrder).ToListAsync())
            .Select(x => new SelectListItem(Texts.Pick(x.Name, x.NameEn), x.Id.ToString(CultureInfo.InvariantCulture)))];
        return true;
    }
}
