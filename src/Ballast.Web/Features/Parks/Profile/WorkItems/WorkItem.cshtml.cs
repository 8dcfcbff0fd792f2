using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Adding or changing a park's key work item through <see cref="WorkItemSave"/>; removing one entered by mistake.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ParkWorkItemModel(AppDbContext db, Texts t, ParkSave parks, WorkItemSave save) : PageModel
{
    [BindProperty]
    public WorkItemInput Input { get; set; } = new();

    public int ParkId { get; private set; }
    public int? ItemId { get; private set; }
    public string ParkName { get; private set; } = "";
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public string? Error { get; private set; }
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? itemId, int? year)
    {
        if (await parks.WritableAsync(id) is { } refused)
        {
            return refused.Outcome == ParkSaveOutcome.NotFound ? NotFound() : Forbid();
        }
        if (itemId is not null)
        {
            var item = await db.ParkWorkItems.AsNoTracking().SingleOrDefaultAsync(w => w.Id == itemId && w.ParkId == id);
            if (item is null)
            {
                return NotFound();
            }
            Input = WorkItemInput.From(item);
        }
        else
        {
            Input.Year = ProgrammeYear.Resolve(HttpContext, year);
        }
        await LoadAsync(id, itemId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int? itemId) =>
        await AnswerAsync(id, itemId, itemId is { } existing ? await save.UpdateAsync(id, existing, Input) : await save.CreateAsync(id, Input));

    public async Task<IActionResult> OnPostDeleteAsync(int id, int itemId) => await AnswerAsync(id, itemId, await save.DeleteAsync(id, itemId));

    private async Task<IActionResult> AnswerAsync(int id, int? itemId, ParkSaveResult result)
    {
        switch (result.Outcome)
        {
            case ParkSaveOutcome.Saved:
                TempData["message"] = t["已保存工作事项"].Value;
                return Redirect($"/Parks/{id}?Year={Input.Year}#work-items");
            case ParkSaveOutcome.NotFound:
                return NotFound();
            case ParkSaveOutcome.Forbidden:
                return Forbid();
            case ParkSaveOutcome.Conflict:
                Conflict = result.Conflict!.For<WorkItemInput>();
                Input.Version = result.Conflict.Current;
                ModelState.Remove("Input.Version");
                break;
            default:
                Error = ParkResults.Line(result, t);
                break;
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(id, itemId);
        return Page();
    }

    private async Task LoadAsync(int id, int? itemId)
    {
        (ParkId, ItemId) = (id, itemId);
        var park = await db.Parks.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Unit!.Name, p.Unit.NameEn }).SingleAsync();
        ParkName = Texts.Pick(park.Name, park.NameEn);
        Units = [.. (await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), u.Id.ToString(CultureInfo.InvariantCulture), u.Id == Input.ResponsibleUnitId))];
    }
}
