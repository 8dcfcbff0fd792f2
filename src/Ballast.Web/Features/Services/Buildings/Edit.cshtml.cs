using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Creating or changing a building through <see cref="BuildingSave"/>, the path the API and the demo use.</summary>
[Function(Policies.BusinessWrite)]
public sealed class BuildingEditModel(AppDbContext db, UserScope scope, Texts t, BuildingSave save) : PageModel
{
    [BindProperty]
    public BuildingInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
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
            Input = BuildingInput.From(building);
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        var result = id is null ? await save.CreateAsync(Input) : await save.UpdateAsync(id.Value, Input);
        switch (result.Outcome)
        {
            case ServiceSaveOutcome.Saved:
                return Redirect($"/Buildings/Details/{result.Id}");
            case ServiceSaveOutcome.NotFound:
                return NotFound();
            case ServiceSaveOutcome.Forbidden when id is not null && result.Errors[0].Field.Length == 0:
                return Forbid();
            case ServiceSaveOutcome.Conflict:
                // The form keeps the user's values; the next save is against the version now stored.
                Conflict = result.Conflict!.For<BuildingInput>();
                Input.Version = result.Conflict!.Current;
                ModelState.Remove("Input.Version");
                break;
            default:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, t[message]);
                }
                break;
        }
        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(int? id)
    {
        Id = id;
        Districts = await ServiceChoices.DistrictsAsync(db, Input.OwnerUnitId, scope);
        Levels = ServiceChoices.Levels(t, Input.SpecialtyLevel);
    }
}
