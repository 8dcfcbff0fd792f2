using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>A building's tax for a year entered as a whole (added, or changed if one exists for the year).</summary>
[Function(Policies.BusinessWrite)]
public sealed class BuildingTaxModel(AppDbContext db, UserScope scope, Texts t, BuildingSave save) : PageModel
{
    [BindProperty]
    public BuildingTaxInput Input { get; set; } = new();

    public string BuildingName { get; private set; } = "";
    public int Id { get; private set; }
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? year)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Input.Year = ProgrammeYear.Resolve(HttpContext, year);
        var row = await db.BuildingYears.AsNoTracking().SingleOrDefaultAsync(y => y.BuildingId == id && y.Year == Input.Year);
        if (row is not null)
        {
            Input = new BuildingTaxInput { Year = row.Year, EnteredTax = row.EnteredTax, Source = row.Source, Version = row.Version };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await save.SaveTaxAsync(id, Input);
        switch (result.Outcome)
        {
            case ServiceSaveOutcome.Saved:
                return Redirect($"/Buildings/Details/{id}?Year={Input.Year}");
            case ServiceSaveOutcome.Conflict:
                Conflict = result.Conflict!.For<BuildingTaxInput>();
                Input.Version = result.Conflict!.Current;
                ModelState.Remove("Input.Version");
                return Page();
            default:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, t[message]);
                }
                return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var building = await db.Buildings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
        if (building is null)
        {
            return NotFound();
        }
        if (!scope.CanWrite(building.OwnerUnitId))
        {
            return Forbid();
        }
        (Id, BuildingName) = (id, building.Name);
        return null;
    }
}
