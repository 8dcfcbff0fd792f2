using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Organisation;

[Authorize(Policy = Policies.ManageReference)]
[Function(Policies.ManageReference)]
public sealed class UnitEditModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Parents { get; private set; } = [];

    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id);
            if (unit is null)
            {
                return NotFound();
            }
            Input = UnitInput.From(unit);
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Unit? unit = null;
        if (id is not null)
        {
            unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id);
            if (unit is null)
            {
                return NotFound();
            }
        }
        if (ModelState.IsValid)
        {
            await ValidateAsync(id);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        unit ??= db.Units.Add(new Unit { Code = Input.Code, Name = Input.Name }).Entity;
        Input.ApplyTo(unit);
        db.Expect(unit, Input.Version);
        if (await db.SaveOrConflictAsync() is { } conflict)
        {
            // The form keeps the user's values; the next save is against the version now stored.
            Conflict = conflict.For<UnitInput>();
            Input.Version = conflict.Current;
            ModelState.Remove("Input.Version");
            await LoadAsync(id);
            return Page();
        }
        return RedirectToPage("/Organisation/Index");
    }

    private async Task ValidateAsync(int? id)
    {
        // Codes differing only in case would be told apart by the index but not by people.
        var code = Input.Code.Trim();
        var others = await db.Units.Where(u => u.Id != id).Select(u => u.Code).ToListAsync();
        if (others.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.Code", t["单位代码 {0} 已被其他单位使用", Input.Code.Trim()]);
        }
        if (!Enum.IsDefined(Input.Kind))
        {
            ModelState.AddModelError("Input.Kind", t["请选择单位类型"]);
        }
        if (Input.ParentId is int parent)
        {
            var tree = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync();
            if (tree.All(u => u.Id != parent))
            {
                ModelState.AddModelError("Input.ParentId", t["上级单位不存在"]);
            }
            else if (id is int self && UnitTree.WithDescendants(self, tree.Select(u => (u.Id, u.ParentId))).Contains(parent))
            {
                ModelState.AddModelError("Input.ParentId", t["上级单位不能是本单位或其下级单位"]);
            }
        }
        if (Input.TrimmedRegion is { } regionCode)
        {
            var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == regionCode);
            if (region is null)
            {
                ModelState.AddModelError("Input.RegionCode", t["行政区划代码 {0} 不存在", regionCode]);
            }
            else if (region.IsRetired)
            {
                ModelState.AddModelError("Input.RegionCode", t["行政区划代码 {0} 已撤销", regionCode]);
            }
        }
    }

    private async Task LoadAsync(int? id)
    {
        Id = id;
        var units = await db.Units.AsNoTracking().ToListAsync();
        var below = id is int self ? UnitTree.WithDescendants(self, units.Select(u => (u.Id, u.ParentId))) : [];
        // Offer only parents that cannot make a cycle; the post checks again.
        Parents = UnitOutline.Choices(units, u => !below.Contains(u.Id) && (u.IsActive || u.Id == Input.ParentId));
    }
}
