using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>One "5个1" item of a park: its state, note and evidence document, and its evidence file.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ParkMechanismModel(AppDbContext db, UserScope scope, Texts t, MechanismSave save, UploadInspector inspector) : PageModel
{
    [BindProperty]
    public MechanismInput Input { get; set; } = new();

    public int ParkId { get; private set; }
    public MechanismItem Item { get; private set; }
    public string ParkName { get; private set; } = "";
    public string? FileName { get; private set; }
    public string? Error { get; private set; }
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, MechanismItem item)
    {
        if (!await LoadAsync(id, item))
        {
            return NotFound();
        }
        var row = await db.ParkMechanisms.AsNoTracking().SingleOrDefaultAsync(m => m.ParkId == id && m.Item == item);
        if (row is not null)
        {
            Input = new MechanismInput { State = row.State, Note = row.Note, EvidenceDocument = row.EvidenceDocument, Version = row.Version };
        }
        return scope.CanWrite(await OwnerAsync(id)) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(int id, MechanismItem item)
    {
        var result = await save.SaveAsync(id, item, Input);
        return await AnswerAsync(id, item, result);
    }

    /// <summary>An upload that is not kept answers 422 with the reason on the page.</summary>
    public async Task<IActionResult> OnPostUploadAsync(int id, MechanismItem item, IFormFile? file)
    {
        var inspection = await inspector.InspectAsync(file, UploadPurpose.Evidence, HttpContext.RequestAborted);
        if (!inspection.Passed)
        {
            Error = file is null ? t["请选择要上传的佐证材料"].Value : inspection.Refusal.Message(t);
            return await RedisplayAsync(id, item);
        }
        return await AnswerAsync(id, item, await save.UploadAsync(id, item, inspection.Upload));
    }

    private async Task<IActionResult> AnswerAsync(int id, MechanismItem item, ParkSaveResult result)
    {
        switch (result.Outcome)
        {
            case ParkSaveOutcome.Saved:
                TempData["message"] = t["已保存“{0}”", ParkNames.Item(t, item)].Value;
                return Redirect($"/Parks/{id}#mechanisms");
            case ParkSaveOutcome.NotFound:
                return NotFound();
            case ParkSaveOutcome.Forbidden:
                return Forbid();
            case ParkSaveOutcome.Conflict:
                Conflict = result.Conflict!.For<MechanismInput>();
                Input.Version = result.Conflict.Current;
                ModelState.Remove("Input.Version");
                break;
            default:
                Error = ParkResults.Line(result, t);
                break;
        }
        return await RedisplayAsync(id, item);
    }

    private async Task<IActionResult> RedisplayAsync(int id, MechanismItem item)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await LoadAsync(id, item) ? Page() : NotFound();
    }

    private Task<int> OwnerAsync(int id) => db.Parks.Where(p => p.Id == id).Select(p => p.OwnerUnitId).SingleAsync();

    private async Task<bool> LoadAsync(int id, MechanismItem item)
    {
        var park = await db.Parks.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Unit!.Name, p.Unit.NameEn }).SingleOrDefaultAsync();
        if (park is null || !Enum.IsDefined(item))
        {
            return false;
        }
        (ParkId, Item, ParkName) = (id, item, Texts.Pick(park.Name, park.NameEn));
        FileName = await db.ParkMechanisms.Where(m => m.ParkId == id && m.Item == item).Select(m => m.EvidenceFileName).SingleOrDefaultAsync();
        return true;
    }
}
