using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Registering or changing a firm through <see cref="EnterpriseSave"/>, in a district of the user's scope.</summary>
[Function(Policies.BusinessWrite)]
public sealed class EditModel(AppDbContext db, UserScope scope, EnterpriseSave save, Texts t) : PageModel
{
    [BindProperty] public EnterpriseInput Input { get; set; } = new();

    public int? Id { get; private set; }
    /// <summary>After a concurrency conflict: the firm as the other person saved it.</summary>
    public Enterprise? Theirs { get; private set; }
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Chains { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Divisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var firm = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
            if (firm is null)
            {
                return NotFound();
            }
            Input = EnterpriseInput.From(firm);
            Id = id;
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var result = id is null ? await save.CreateAsync(Input) : await save.UpdateAsync(id.Value, Input);
        if (result.Outcome == SaveOutcome.Saved)
        {
            return RedirectToPage("/Enterprises/Details", new { id = result.Record!.Id });
        }
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == SaveOutcome.Conflict)
        {
            Theirs = result.Current;
            Input.Version = result.Current!.Version;
            ModelState.Remove("Input.Version");
        }
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Input.{field}", t[message]);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Districts = await Choices.DistrictsAsync(db, Input.OwnerUnitId, scope.CanWrite);
        Chains = await Choices.ChainsAsync(db, Input.ChainId);
        Divisions = await Choices.DivisionsAsync(db, Input.IndustryDivisionCode);
    }
}
