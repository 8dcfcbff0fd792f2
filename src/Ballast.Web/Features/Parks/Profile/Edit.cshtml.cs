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

namespace Ballast.Web.Features.Parks;

/// <summary>Opening (for a park unit without a profile) or changing a park's profile through <see cref="ParkSave"/>.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ParkEditModel(AppDbContext db, UserScope scope, Texts t, ParkSave save) : PageModel
{
    [BindProperty]
    public ParkInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public int? UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? unit)
    {
        if (id is not null)
        {
            var park = await db.Parks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
            if (park is null)
            {
                return NotFound();
            }
            if (!scope.CanWrite(park.OwnerUnitId))
            {
                return Forbid();
            }
            Input = ParkInput.From(park);
        }
        return await LoadAsync(id, unit) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? unit)
    {
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, unit) ? Page() : NotFound();
        }
        var result = id is null ? await save.CreateAsync(unit ?? 0, Input) : await save.UpdateAsync(id.Value, Input);
        switch (result.Outcome)
        {
            case ParkSaveOutcome.Saved:
                return Redirect($"/Parks/{result.Id}");
            case ParkSaveOutcome.NotFound:
                return NotFound();
            case ParkSaveOutcome.Forbidden when result.Errors[0].Field.Length == 0 || result.Errors[0].Field == "UnitId":
                return Forbid();
            case ParkSaveOutcome.Conflict:
                Conflict = result.Conflict!.For<ParkInput>();
                Input.Version = result.Conflict!.Current;
                ModelState.Remove("Input.Version");
                break;
            default:
                foreach (var (field, message) in result.Errors)
                {
                    ModelState.AddModelError(field.Length == 0 || field == "UnitId" ? "" : "Input." + field, t[message]);
                }
                break;
        }
        return await LoadAsync(id, unit) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int? id, int? unit)
    {
        Id = id;
        var unitId = id is { } parkId ? await db.Parks.Where(p => p.Id == parkId).Select(p => (int?)p.UnitId).SingleOrDefaultAsync() : unit;
        var u = await db.Units.AsNoTracking().SingleOrDefaultAsync(x => x.Id == unitId && x.Kind == UnitKind.Park);
        if (u is null)
        {
            return false;
        }
        UnitId = u.Id;
        Name = Texts.Pick(u.Name, u.NameEn);
        Chains = [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync())
            .Select(c => new SelectListItem(Texts.Pick(c.Name, c.NameEn), c.Id.ToString(CultureInfo.InvariantCulture), c.Id == Input.ChainId))];
        return true;
    }
}
