using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

public sealed class EditModel(AppDbContext db, UserScope scope, Common.Localization.Texts t) : PageModel
{
    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
            if (project is null)
            {
                return NotFound();
            }
            Input = ProjectInput.From(project);
            Id = id;
        }
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        if (Input.OwnerUnitId > 0 && !scope.CanWrite(Input.OwnerUnitId))
        {
            ModelState.AddModelError("Input.OwnerUnitId", t["只能选择本单位或下属单位"]);
        }
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }
        var now = db.Time.GetUtcNow();
        Project? project;
        if (id is null)
        {
            project = new Project { Name = Input.Name, CreatedAt = now };
            db.Projects.Add(project);
        }
        else
        {
            project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id);
            if (project is null)
            {
                return NotFound();
            }
        }
        Input.ApplyTo(project, now);
        await db.SaveChangesAsync();
        return RedirectToPage("/Projects/Details", new { id = project.Id });
    }

    private async Task LoadChoicesAsync()
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ToListAsync();
        Units = [.. units.Where(u => scope.CanWrite(u.Id)).Select(u => new SelectListItem(Common.Localization.Texts.Pick(u.Name, u.NameEn), u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        Chains = [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync())
            .Select(c => new SelectListItem(Common.Localization.Texts.Pick(c.Name, c.NameEn), c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
