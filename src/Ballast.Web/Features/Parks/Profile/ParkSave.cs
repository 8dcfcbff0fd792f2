using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Opening and changing a park's profile and its entered yearly figures, the same for the pages, the API
/// and the demo: rules, scope (the park's own operators, its district and the programme office), optimistic
/// concurrency. Nothing is written unless every check passes.</summary>
public sealed class ParkSave(AppDbContext db, UserScope scope, Texts t)
{
    /// <summary>Opens the profile of a park unit (kind Park) that has none yet.</summary>
    public async Task<ParkSaveResult> CreateAsync(int unitId, ParkInput input)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.Kind == UnitKind.Park);
        if (unit is null)
        {
            return ParkSaveResult.Invalid("UnitId", t["请选择一个园区单位"]);
        }
        if (!scope.CanWrite(unit.Id))
        {
            return ParkSaveResult.Refused("UnitId", t["数据范围之外的记录不能修改"]);
        }
        if (await db.Parks.AnyAsync(p => p.UnitId == unitId))
        {
            return ParkSaveResult.Invalid("UnitId", t["该园区已建档"]);
        }
        var errors = await ParkRules.CheckAsync(db, t, input, null, CityTime.Today(db.Time));
        if (errors.Count > 0)
        {
            return ParkSaveResult.Invalid(errors);
        }
        var park = new Park { UnitId = unit.Id, DistrictUnitId = unit.ParentId ?? unit.Id, OwnerUnitId = unit.Id, IsDemo = input.IsDemo };
        input.ApplyTo(park);
        db.Parks.Add(park);
        await db.SaveChangesAsync();
        return ParkSaveResult.Saved(park.Id);
    }

    public async Task<ParkSaveResult> UpdateAsync(int id, ParkInput input)
    {
        var park = await db.Parks.SingleOrDefaultAsync(p => p.Id == id);
        if (park is null)
        {
            return ParkSaveResult.NotFound;
        }
        if (!scope.CanWrite(park.OwnerUnitId))
        {
            return ParkSaveResult.Refused("", t["数据范围之外的记录不能修改"]);
        }
        var errors = await ParkRules.CheckAsync(db, t, input, id, CityTime.Today(db.Time));
        if (errors.Count > 0)
        {
            return ParkSaveResult.Invalid(errors);
        }
        db.Expect(park, input.Version);
        input.ApplyTo(park);
        return await ParkSaveResult.SavedOrConflictAsync(db, () => id);
    }

    /// <summary>Adds or changes the park's entered output and revenue for a year (one row per year). An entered
    /// figure wins over the firms' sum and is shown as entered, with its source.</summary>
    public async Task<ParkSaveResult> SaveYearAsync(int parkId, ParkYearInput input)
    {
        if (await WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var errors = Common.Validation.InputRules.Validate(input, t);
        if (input.Output is null && input.Revenue is null)
        {
            errors.Add((nameof(input.Output), t["请至少填写产值或营业收入之一"]));
        }
        if (errors.Count > 0)
        {
            return ParkSaveResult.Invalid(errors);
        }
        var row = await db.ParkYears.SingleOrDefaultAsync(y => y.ParkId == parkId && y.Year == input.Year);
        if (row is null)
        {
            var owner = await db.Parks.Where(p => p.Id == parkId).Select(p => p.OwnerUnitId).SingleAsync();
            row = db.ParkYears.Add(new ParkYear { ParkId = parkId, Year = input.Year, Source = "", OwnerUnitId = owner }).Entity;
        }
        else
        {
            db.Expect(row, input.Version);
        }
        row.Output = input.Output;
        row.Revenue = input.Revenue;
        row.Source = input.Source.Trim();
        return await ParkSaveResult.SavedOrConflictAsync(db, () => row.Id);
    }

    /// <summary>Removes the entered figures of a year: the park's figure goes back to its firms' sum.</summary>
    public async Task<ParkSaveResult> DeleteYearAsync(int parkId, int year)
    {
        if (await WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var row = await db.ParkYears.SingleOrDefaultAsync(y => y.ParkId == parkId && y.Year == year);
        if (row is null)
        {
            return ParkSaveResult.NotFound;
        }
        db.ParkYears.Remove(row);
        await db.SaveChangesAsync();
        return ParkSaveResult.Saved(parkId);
    }

    /// <summary>Null when the caller may change the park's records; otherwise why not.</summary>
    public async Task<ParkSaveResult?> WritableAsync(int parkId)
    {
        var owner = await db.Parks.Where(p => p.Id == parkId).Select(p => (int?)p.OwnerUnitId).SingleOrDefaultAsync();
        return owner is null ? ParkSaveResult.NotFound
            : scope.CanWrite(owner.Value) ? null
            : ParkSaveResult.Refused("", t["数据范围之外的记录不能修改"]);
    }
}
