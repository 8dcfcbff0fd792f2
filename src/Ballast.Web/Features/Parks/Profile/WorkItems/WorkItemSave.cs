using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Adding, changing and removing a park's key work items, for the page, the API and the demo.</summary>
public sealed class WorkItemSave(AppDbContext db, ParkSave parks, Texts t)
{
    public async Task<ParkSaveResult> CreateAsync(int parkId, WorkItemInput input)
    {
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var errors = await CheckAsync(input);
        if (errors.Count > 0)
        {
            return ParkSaveResult.Invalid(errors);
        }
        var owner = await db.Parks.Where(p => p.Id == parkId).Select(p => p.OwnerUnitId).SingleAsync();
        var item = new ParkWorkItem { ParkId = parkId, Title = "", OwnerUnitId = owner, CreatedAt = db.Time.GetUtcNow() };
        input.ApplyTo(item);
        db.ParkWorkItems.Add(item);
        await db.SaveChangesAsync();
        return ParkSaveResult.Saved(item.Id);
    }

    public async Task<ParkSaveResult> UpdateAsync(int parkId, int id, WorkItemInput input)
    {
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var item = await db.ParkWorkItems.SingleOrDefaultAsync(w => w.Id == id && w.ParkId == parkId);
        if (item is null)
        {
            return ParkSaveResult.NotFound;
        }
        var errors = await CheckAsync(input);
        if (errors.Count > 0)
        {
            return ParkSaveResult.Invalid(errors);
        }
        db.Expect(item, input.Version);
        input.ApplyTo(item);
        return await ParkSaveResult.SavedOrConflictAsync(db, () => id);
    }

    public async Task<ParkSaveResult> DeleteAsync(int parkId, int id)
    {
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var item = await db.ParkWorkItems.SingleOrDefaultAsync(w => w.Id == id && w.ParkId == parkId);
        if (item is null)
        {
            return ParkSaveResult.NotFound;
        }
        db.ParkWorkItems.Remove(item);
        await db.SaveChangesAsync();
        return ParkSaveResult.Saved(id);
    }

    private async Task<List<(string Field, string Message)>> CheckAsync(WorkItemInput input)
    {
        var errors = InputRules.Validate(input, t);
        if (!Enum.IsDefined(input.State))
        {
            errors.Add((nameof(input.State), t["请选择状态"]));
        }
        if (input.State == WorkItemState.Done && input.DoneOn is null)
        {
            errors.Add((nameof(input.DoneOn), t["已完成的事项须填写完成日期"]));
        }
        if (input.DueOn is { } due && Math.Abs(due.Year - input.Year) > 1)
        {
            errors.Add((nameof(input.DueOn), t["完成时限须在所属年度前后一年之内"]));
        }
        if (input.ResponsibleUnitId is > 0 and var unit && !await db.Units.AnyAsync(u => u.Id == unit))
        {
            errors.Add((nameof(input.ResponsibleUnitId), t["所选责任单位不存在"]));
        }
        return errors;
    }
}
