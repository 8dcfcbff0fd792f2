using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Placing a firm of the registry in a building and taking it out, the same for the page, the API and
/// the demo. The firm's <see cref="Enterprise.BuildingId"/> is the one place this is held, so a firm sits in
/// one building at a time: placing it elsewhere moves it, and the answer says from where.</summary>
public sealed class BuildingTenants(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<ServiceSaveResult> PlaceAsync(int buildingId, TenantInput input)
    {
        var errors = Common.Validation.InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return ServiceSaveResult.Invalid(errors);
        }
        var (building, refused) = await BuildingAsync(buildingId);
        if (refused is not null)
        {
            return refused;
        }
        var firm = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == input.EnterpriseId);
        if (firm is null)
        {
            return ServiceSaveResult.Invalid([(nameof(input.EnterpriseId), t["找不到该企业，或不在您的数据范围内"])]);
        }
        var districts = await Districts.LoadAsync(db);
        if (districts.Of(firm.OwnerUnitId) != districts.Of(building!.OwnerUnitId))
        {
            return ServiceSaveResult.Invalid([(nameof(input.EnterpriseId), t["只能入驻楼宇所在区市的企业"])]);
        }
        if (!scope.CanWrite(firm.OwnerUnitId))
        {
            return ServiceSaveResult.Refused(nameof(input.EnterpriseId), t["数据范围之外的记录不能修改"]);
        }
        if (firm.BuildingId == buildingId)
        {
            return ServiceSaveResult.Saved(firm.Id) with { Note = t["{0} 已在本楼宇", firm.Name] };
        }
        var from = firm.BuildingId is { } old
            ? await db.Buildings.IgnoreQueryFilters().Where(b => b.Id == old).Select(b => b.Name).SingleOrDefaultAsync()
            : null;
        db.Expect(firm, input.Version);
        firm.BuildingId = buildingId;
        if (await db.SaveOrConflictAsync() is { } conflict)
        {
            return ServiceSaveResult.Conflicted(conflict);
        }
        return ServiceSaveResult.Saved(firm.Id) with
        {
            Note = from is null ? t["{0} 已入驻", firm.Name] : t["{0} 已从“{1}”迁入本楼宇", firm.Name, from],
            MovedFrom = from,
        };
    }

    /// <summary>Takes the firm out of the building; the firm stays in the registry, in no building.</summary>
    public async Task<ServiceSaveResult> RemoveAsync(int buildingId, int enterpriseId, int? version)
    {
        var (_, refused) = await BuildingAsync(buildingId);
        if (refused is not null)
        {
            return refused;
        }
        var firm = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == enterpriseId && e.BuildingId == buildingId);
        if (firm is null)
        {
            return ServiceSaveResult.NotFound;
        }
        if (!scope.CanWrite(firm.OwnerUnitId))
        {
            return ServiceSaveResult.Refused(nameof(TenantInput.EnterpriseId), t["数据范围之外的记录不能修改"]);
        }
        db.Expect(firm, version);
        firm.BuildingId = null;
        return await db.SaveOrConflictAsync() is { } conflict
            ? ServiceSaveResult.Conflicted(conflict)
            : ServiceSaveResult.Saved(firm.Id) with { Note = t["{0} 已迁出本楼宇", firm.Name] };
    }

    private async Task<(Building?, ServiceSaveResult?)> BuildingAsync(int id)
    {
        var building = await db.Buildings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id);
        if (building is null)
        {
            return (null, ServiceSaveResult.NotFound);
        }
        return scope.CanWrite(building.OwnerUnitId) ? (building, null) : (building, ServiceSaveResult.Refused("", t["数据范围之外的记录不能修改"]));
    }
}
