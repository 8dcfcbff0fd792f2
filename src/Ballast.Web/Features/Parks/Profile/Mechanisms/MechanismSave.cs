using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Recording a park's "5个1" items and their evidence files, for the page, the API and the demo. An item
/// is recorded the first time it is saved; "已建立" needs what proves it (a document or a file).</summary>
public sealed class MechanismSave(AppDbContext db, ParkSave parks, Texts t)
{
    public async Task<ParkSaveResult> SaveAsync(int parkId, MechanismItem item, MechanismInput input)
    {
        if (!Enum.IsDefined(item))
        {
            return ParkSaveResult.NotFound;
        }
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var errors = Common.Validation.InputRules.Validate(input, t);
        if (!Enum.IsDefined(input.State))
        {
            errors.Add((nameof(input.State), t["请选择状态"]));
        }
        var row = await RowAsync(parkId, item);
        if (input.State == MechanismState.InPlace && string.IsNullOrWhiteSpace(input.EvidenceDocument) && row.EvidenceContent is null)
        {
            errors.Add((nameof(input.EvidenceDocument), t["已建立的须填写佐证文件或上传佐证材料"]));
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return ParkSaveResult.Invalid(errors);
        }
        if (row.Id != 0)
        {
            db.Expect(row, input.Version);
        }
        row.State = input.State;
        row.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        row.EvidenceDocument = string.IsNullOrWhiteSpace(input.EvidenceDocument) ? null : input.EvidenceDocument.Trim();
        row.UpdatedOn = CityTime.Today(db.Time);
        return await ParkSaveResult.SavedOrConflictAsync(db, () => row.Id);
    }

    /// <summary>Keeps an inspected evidence file on the item, replacing the one before.</summary>
    public async Task<ParkSaveResult> UploadAsync(int parkId, MechanismItem item, InspectedUpload file)
    {
        if (!Enum.IsDefined(item))
        {
            return ParkSaveResult.NotFound;
        }
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        if (file.Purpose != UploadPurpose.Evidence)
        {
            return ParkSaveResult.Invalid("file", t["文件未按佐证材料检查"]);
        }
        var row = await RowAsync(parkId, item);
        row.EvidenceFileName = file.FileName;
        row.EvidenceContentType = file.ContentType;
        row.EvidenceContent = file.Content;
        row.UpdatedOn = CityTime.Today(db.Time);
        return await ParkSaveResult.SavedOrConflictAsync(db, () => row.Id);
    }

    private async Task<ParkMechanism> RowAsync(int parkId, MechanismItem item)
    {
        var row = await db.ParkMechanisms.SingleOrDefaultAsync(m => m.ParkId == parkId && m.Item == item);
        if (row is null)
        {
            var owner = await db.Parks.Where(p => p.Id == parkId).Select(p => p.OwnerUnitId).SingleAsync();
            row = db.ParkMechanisms.Add(new ParkMechanism { ParkId = parkId, Item = item, OwnerUnitId = owner }).Entity;
        }
        return row;
    }
}
