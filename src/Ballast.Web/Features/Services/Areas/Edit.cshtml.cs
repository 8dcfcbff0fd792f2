using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Recording or changing a service cluster or innovation centre through <see cref="AreaSave"/>.</summary>
[Function(Policies.BusinessWrite)]
public sealed class AreaEditModel(AppDbContext db, Texts t, AreaSave save) : PageModel
{
    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Levels { get; private set; } = [];
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, string? kind)
    {
        if (id is not null)
        {
            var row = await db.Designations.AsNoTracking().Include(d => d.Kind)
                .SingleOrDefaultAsync(d => d.Id == id && d.EnterpriseId == null && d.Kind!.Subject == DesignationSubject.Area);
            if (row is null)
            {
                return NotFound();
            }
            if (!save.CanEdit(row.Kind!))
            {
                return Forbid();
            }
            Input = AreaInput.From(row);
        }
        else
        {
            Input.KindCode = kind ?? AreaKinds.Cluster;
            Input.Year = ProgrammeYear.Resolve(HttpContext, null);
            Input.Level = await db.DesignationKinds.Where(k => k.Code == Input.KindCode).Select(k => (DesignationLevel?)k.DefaultLevel).FirstOrDefaultAsync();
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (ModelState.IsValid)
        {
            var result = id is null ? await save.CreateAsync(Input) : await save.UpdateAsync(id.Value, Input);
            switch (result.Outcome)
            {
                case ServiceSaveOutcome.Saved:
                    return Redirect($"/Buildings/Areas?Year={Input.Year}&Kind={Uri.EscapeDataString(Input.KindCode)}");
                case ServiceSaveOutcome.NotFound:
                    return NotFound();
                case ServiceSaveOutcome.Forbidden when id is not null && result.Errors[0].Field.Length == 0:
                    return Forbid();
                case ServiceSaveOutcome.Conflict:
                    Conflict = result.Conflict!.For<AreaInput>();
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
        }
        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(int? id)
    {
        Id = id;
        Kinds = [.. (await db.DesignationKinds.AsNoTracking().Where(k => k.Subject == DesignationSubject.Area).OrderBy(k => k.SortOrder).ToListAsync())
            .Where(save.CanEdit).Select(k => new SelectListItem(Texts.Pick(k.Name, k.NameEn), k.Code, k.Code == Input.KindCode))];
        Districts = await ServiceChoices.DistrictsAsync(db, Input.DistrictUnitId);
        Levels = ServiceChoices.Levels(t, Input.Level);
        ViewData["Year"] = Input.Year;
    }
}
