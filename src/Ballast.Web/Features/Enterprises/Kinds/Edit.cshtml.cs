using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Adding or changing a designation kind through <see cref="KindSave"/>; an unused kind may be removed.</summary>
[Authorize(Policy = Policies.ManageReference)]
[Function(Policies.ManageReference)]
public sealed class KindEditModel(AppDbContext db, KindSave save, Texts t) : PageModel
{
    [BindProperty] public KindInput Input { get; set; } = new();

    public string? Code { get; private set; }
    public int Designations { get; private set; }
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        if (code is not null)
        {
            var kind = await db.DesignationKinds.AsNoTracking().SingleOrDefaultAsync(k => k.Code == code);
            if (kind is null)
            {
                return NotFound();
            }
            Input = KindInput.From(kind);
        }
        else
        {
            Input.SortOrder = await db.DesignationKinds.Select(k => (int?)k.SortOrder).MaxAsync() + 1 ?? 0;
        }
        await LoadAsync(code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code) =>
        await AnswerAsync(code, ModelState.IsValid ? await save.SaveAsync(code, Input) : null);

    public async Task<IActionResult> OnPostDeleteAsync(string code)
    {
        ModelState.Clear();
        var kind = await db.DesignationKinds.AsNoTracking().SingleOrDefaultAsync(k => k.Code == code);
        if (kind is not null)
        {
            Input = KindInput.From(kind);
        }
        return await AnswerAsync(code, await save.DeleteAsync(code));
    }

    private async Task<IActionResult> AnswerAsync(string? code, RecordSave<DesignationKind>? result)
    {
        if (result?.Outcome == SaveOutcome.Saved)
        {
            return Redirect("/Enterprises/Kinds");
        }
        if (result?.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }
        foreach (var (field, message) in result?.Errors ?? [])
        {
            ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Input.{field}", t[message]);
        }
        await LoadAsync(code);
        return Page();
    }

    private async Task LoadAsync(string? code)
    {
        Code = code;
        Designations = code is null ? 0 : await db.Designations.IgnoreQueryFilters().CountAsync(d => d.KindCode == code);
        Departments = [.. (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Department && u.IsActive).OrderBy(u => u.SortOrder).ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), Choices.Id(u.Id), u.Id == Input.GrantingUnitId))];
    }
}
