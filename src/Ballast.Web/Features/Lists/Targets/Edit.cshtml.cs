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
public sealed class TargetEditModel(AppDbContext db, UserScope scope, Texts t) : PageModel
{
    [BindProperty]
    public TargetInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public int? ProjectId { get; private set; }
    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];

    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is null)
        {
            Input.Year = ProgrammeYear.Resolve(HttpContext, null);
        }
        else
        {
            var target = await db.AttractionTargets.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
            if (target is null)
            {
                return NotFound();
            }
            if (!scope.CanWrite(target.OwnerUnitId))
            {
                return Forbid();
            }
            Input = TargetInput.From(target);
            ProjectId = target.ProjectId;
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        AttractionTarget? target = null;
        if (id is not null)
        {
            target = await db.AttractionTargets.SingleOrDefaultAsync(x => x.Id == id);
            if (target is null)
            {
                return NotFound();
            }
            if (!scope.CanWrite(target.OwnerUnitId))
            {
                return Forbid();
            }
        }
        if (Input.OwnerUnitId > 0 && !scope.CanWrite(Input.OwnerUnitId))
        {
            ModelState.AddModelError("Input.OwnerUnitId", t["只能选择本单位或下属单位"]);
        }
        foreach (var (field, message) in await ListRules.TargetAsync(db, t, Input))
        {
            ModelState.AddModelError("Input." + field, message);
        }
        if (!ModelState.IsValid)
        {
            ProjectId = target?.ProjectId;
            await LoadAsync(id);
            return Page();
        }
        target ??= db.AttractionTargets.Add(new AttractionTarget { Name = Input.Name }).Entity;
        Input.ApplyTo(target);
        db.Expect(target, Input.Version);
        if (await db.SaveOrConflictAsync() is { } conflict)
        {
            // The form keeps the user's values; the next save is against the version now stored.
            Conflict = conflict.For<TargetInput>();
            Input.Version = conflict.Current;
            ModelState.Remove("Input.Version");
            await LoadAsync(id);
            return Page();
        }
        return Redirect($"/Lists/Targets?Year={target.Year}");
    }

    private async Task LoadAsync(int? id)
    {
        Id = id;
        ViewData["Year"] = Input.Year;
        Owners = await ListChoices.OwnersAsync(db, scope, Input.OwnerUnitId);
        Chains = await ListChoices.ChainsAsync(db, Input.ChainId);
    }
}
