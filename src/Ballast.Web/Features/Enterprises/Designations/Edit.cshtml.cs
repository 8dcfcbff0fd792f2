using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Recording or changing a designation through <see cref="DesignationSave"/>: of a firm (from its
/// page) or of an area or organisation (集聚区, 创新中心).</summary>
[Function(Policies.BusinessWrite)]
public sealed class DesignationEditModel(AppDbContext db, DesignationSave save, Texts t) : PageModel
{
    [BindProperty] public DesignationInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public string? FirmName { get; private set; }
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? enterpriseId)
    {
        if (id is not null)
        {
            var d = await DesignationQuery.Visible(db).AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
            if (d is null)
            {
                return NotFound();
            }
            Input = DesignationInput.From(d);
            Id = id;
        }
        else
        {
            Input = new DesignationInput { EnterpriseId = enterpriseId, Year = ProgrammeYearOf() };
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
        var result = await save.SaveAsync(id, Input);
        if (result.Outcome == SaveOutcome.Saved)
        {
            return Redirect(result.Record!.EnterpriseId is { } firm ? $"/Enterprises/Details/{firm}" : "/Enterprises/Designations");
        }
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == SaveOutcome.Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        if (result.Outcome == SaveOutcome.Conflict)
        {
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

    private int ProgrammeYearOf() => Common.Tracking.ProgrammeYear.Resolve(HttpContext, null);

    private async Task LoadAsync()
    {
        FirmName = Input.EnterpriseId is { } fid ? await db.Enterprises.Where(e => e.Id == fid).Select(e => e.Name).FirstOrDefaultAsync() : null;
        Kinds = await Choices.KindsAsync(db, Input.KindCode, FirmName is null ? null : DesignationSubject.Firm);
        Districts = await Choices.DistrictsAsync(db, Input.DistrictUnitId);
    }
}
