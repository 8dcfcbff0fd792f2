using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

[Function(Policies.BusinessWrite)]
public sealed class CarrierEditModel(AppDbContext db, UserScope scope, Texts t) : PageModel
{
    [BindProperty]
    public CarrierInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Parks { get; private set; } = [];

    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var carrier = await db.Carriers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
            if (carrier is null)
            {
                return NotFound();
            }
            if (!scope.CanWrite(carrier.OwnerUnitId))
            {
                return Forbid();
            }
            Input = CarrierInput.From(carrier);
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Carrier? carrier = null;
        if (id is not null)
        {
            carrier = await db.Carriers.SingleOrDefaultAsync(c => c.Id == id);
            if (carrier is null)
            {
                return NotFound();
            }
            if (!scope.CanWrite(carrier.OwnerUnitId))
            {
                return Forbid();
            }
        }
        if (Input.OwnerUnitId > 0 && !scope.CanWrite(Input.OwnerUnitId))
        {
            ModelState.AddModelError("Input.OwnerUnitId", t["只能选择本单位或下属单位"]);
        }
        foreach (var (field, message) in await ListRules.CarrierAsync(db, t, Input))
        {
            ModelState.AddModelError("Input." + field, message);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        carrier ??= db.Carriers.Add(new Carrier { Name = Input.Name }).Entity;
        Input.ApplyTo(carrier);
        db.Expect(carrier, Input.Version);
        if (await db.SaveOrConflictAsync() is { } conflict)
        {
            // The form keeps the user's values; the next save is against the version now stored.
            Conflict = conflict.For<CarrierInput>();
            Input.Version = conflict.Current;
            ModelState.Remove("Input.Version");
            await LoadAsync(id);
            return Page();
        }
        return Redirect("/Lists/Carriers");
    }

    private async Task LoadAsync(int? id)
    {
        Id = id;
        ViewData["Year"] = ProgrammeYear.Resolve(HttpContext, null);
        Owners = await ListChoices.OwnersAsync(db, scope, Input.OwnerUnitId);
        Parks = await ListChoices.ParksAsync(db, Input.ParkUnitId);
    }
}
