using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Entering or correcting a firm's figures for one year through <see cref="EnterpriseYearSave"/>.</summary>
[Function(Policies.BusinessWrite)]
public sealed class FiguresModel(AppDbContext db, EnterpriseYearSave save, Texts t) : PageModel
{
    [BindProperty] public EnterpriseYearInput Input { get; set; } = new();

    public Enterprise Firm { get; private set; } = null!;
    public SizeClass? SizeClass { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int year)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }
        var existing = await db.EnterpriseYears.AsNoTracking().SingleOrDefaultAsync(y => y.EnterpriseId == id && y.Year == year);
        Input = existing is null ? new EnterpriseYearInput { Year = year } : EnterpriseYearInput.From(existing);
        SizeClass = existing?.SizeClass;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await save.SaveAsync(id, Input);
        if (result.Outcome == SaveOutcome.Saved)
        {
            return Redirect($"/Enterprises/Details/{id}");
        }
        if (result.Outcome == SaveOutcome.Conflict)
        {
            Input.Version = result.Current!.Version;
            ModelState.Remove("Input.Version");
        }
        if (result.Outcome == SaveOutcome.Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Input.{field}", t[message]);
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var firm = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (firm is null)
        {
            return NotFound();
        }
        Firm = firm;
        return null;
    }
}
