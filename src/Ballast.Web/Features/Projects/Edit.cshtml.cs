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

namespace Ballast.Web.Features.Projects;

[Function(Policies.BusinessWrite)]
public sealed class EditModel(AppDbContext db, UserScope scope, ProjectSave save, Texts t) : PageModel
{
    [BindProperty] public ProjectInput Input { get; set; } = new();
    [BindProperty] public ProjectStage InitialStage { get; set; }
    [BindProperty] public DateOnly? InitialStageOn { get; set; }

    public int? Id { get; private set; }
    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];
    /// <summary>After a concurrency conflict: the record as the other person saved it.</summary>
    public ProjectInput? Theirs { get; private set; }
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Parks { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Leaders { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Divisions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> EmergingAreas { get; private set; } = [];

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
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }
        var result = id is null ? await save.CreateAsync(Input, InitialStage, InitialStageOn) : await save.UpdateAsync(id.Value, Input);
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                return RedirectToPage("/Projects/Details", new { id = result.Project!.Id });
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.PossibleDuplicate:
                Duplicates = result.Duplicates;
                break;
            case SaveOutcome.Conflict:
                Theirs = ProjectInput.From(result.Current!);
                // The next save starts from their version; the user's own values stay in the form.
                Input.Version = result.Current!.Version;
                ModelState.Remove("Input.Version");
                break;
            default:
                break;
        }
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Input.{field}", t[message]);
        }
        await LoadChoicesAsync();
        return Page();
    }

    private async Task LoadChoicesAsync()
    {
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ToListAsync();
        Units = [.. units
            .Where(u => scope.CanWrite(u.Id) && u.Kind is not UnitKind.Department and not UnitKind.Park)
            .Select(u => Item(Texts.Pick(u.Name, u.NameEn), u.Id))];
        Departments = [.. units.Where(u => u.Kind == UnitKind.Department).Select(u => Item(Texts.Pick(u.Name, u.NameEn), u.Id))];
        Parks = [.. units.Where(u => u.Kind == UnitKind.Park).Select(u => Item(Texts.Pick(u.Name, u.NameEn), u.Id))];
        Chains = [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync()).Select(c => Item(Texts.Pick(c.Name, c.NameEn), c.Id))];
        Leaders = [.. (await db.Leaders.AsNoTracking().OrderBy(l => l.SortOrder).ToListAsync()).Select(l => Item(l.Name, l.Id))];
        Divisions = [.. (await db.IndustryDivisions.AsNoTracking().OrderBy(d => d.Code).ToListAsync())
            .Select(d => new SelectListItem($"{d.SectionCode}{d.Code} {Texts.Pick(d.Name, d.NameEn)}", d.Code))];
        EmergingAreas = [.. (await db.EmergingAreas.AsNoTracking().OrderBy(a => a.Code).ToListAsync())
            .Select(a => new SelectListItem($"{a.Code} {Texts.Pick(a.Name, a.NameEn)}", a.Code))];
    }

    private static SelectListItem Item(string text, int id) => new(text, id.ToString(CultureInfo.InvariantCulture));
}
