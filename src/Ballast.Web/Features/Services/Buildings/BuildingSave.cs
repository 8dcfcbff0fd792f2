using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Creating and changing a building and its entered tax, the same for the pages, the API and the
/// demo: rules, scope (a district keeps its own buildings), optimistic concurrency. Nothing is written
/// unless every check passes.</summary>
public sealed class BuildingSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<ServiceSaveResult> CreateAsync(BuildingInput input)
    {
        var errors = await BuildingRules.CheckAsync(db, t, input, null);
        if (errors.Count > 0)
        {
            return ServiceSaveResult.Invalid(errors);
        }
        if (!scope.CanWrite(input.OwnerUnitId))
        {
            return ServiceSaveResult.Refused(nameof(input.OwnerUnitId), t["只能选择本单位或下属单位"]);
        }
        var building = new Building { Name = input.Name, IsDemo = input.IsDemo };
        input.ApplyTo(building);
        db.Buildings.Add(building);
        await db.SaveChangesAsync();
        return ServiceSaveResult.Saved(building.Id);
    }

    public async Task<ServiceSaveResult> UpdateAsync(int id, BuildingInput input)
    {
        var building = await db.Buildings.SingleOrDefaultAsync(b => b.Id == id);
        if (building is null)
        {
            return ServiceSaveResult.NotFound;
        }
        if (!scope.CanWrite(building.OwnerUnitId))
        {
            return ServiceSaveResult.Refused("", t["数据范围之外的记录不能修改"]);
        }
        var errors = await BuildingRules.CheckAsync(db, t, input, id);
        if (errors.Count > 0)
        {
            return ServiceSaveResult.Invalid(errors);
        }
        if (!scope.CanWrite(input.OwnerUnitId))
        {
            return ServiceSaveResult.Refused(nameof(input.OwnerUnitId), t["只能选择本单位或下属单位"]);
        }
        db.Expect(building, input.Version);
        input.ApplyTo(building);
        return await db.SaveOrConflictAsync() is { } conflict ? ServiceSaveResult.Conflicted(conflict) : ServiceSaveResult.Saved(id);
    }

    /// <summary>Adds or changes the building's entered tax for a year (one figure per year).</summary>
    public async Task<ServiceSaveResult> SaveTaxAsync(int buildingId, BuildingTaxInput input)
    {
        var building = await db.Buildings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == buildingId);
        if (building is null)
        {
            return ServiceSaveResult.NotFound;
        }
        if (!scope.CanWrite(building.OwnerUnitId))
        {
            return ServiceSaveResult.Refused("", t["数据范围之外的记录不能修改"]);
        }
        var errors = Common.Validation.InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return ServiceSaveResult.Invalid(errors);
        }
        var row = await db.BuildingYears.SingleOrDefaultAsync(y => y.BuildingId == buildingId && y.Year == input.Year);
        if (row is null)
        {
            row = db.BuildingYears.Add(new BuildingYear { BuildingId = buildingId, Year = input.Year, Source = "" }).Entity;
        }
        else
        {
            db.Expect(row, input.Version);
        }
        row.EnteredTax = input.EnteredTax;
        row.Source = input.Source.Trim();
        // Held to the building's scope above: the yearly row carries no owner of its own.
        return await db.SaveOrConflictAsync() is { } conflict ? ServiceSaveResult.Conflicted(conflict) : ServiceSaveResult.Saved(row.Id);
    }
}
