using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Recording a service cluster or innovation centre (a designation of an area), the same for the page,
/// the API and the demo. The department that grants the kind keeps its records, and the programme office
/// may keep any; the record is owned by that department.</summary>
public sealed class AreaSave(AppDbContext db, UserScope scope, Texts t)
{
    public Task<ServiceSaveResult> CreateAsync(AreaInput input) => SaveAsync(null, input);

    public Task<ServiceSaveResult> UpdateAsync(int id, AreaInput input) => SaveAsync(id, input);

    /// <summary>Whether the user keeps designations of this kind.</summary>
    public bool CanEdit(DesignationKind kind) => scope.WritesBusiness && (scope.WritesAll || kind.GrantingUnitId is { } unit && scope.CanWrite(unit));

    private async Task<ServiceSaveResult> SaveAsync(int? id, AreaInput input)
    {
        Designation? row = null;
        if (id is not null)
        {
            row = await db.Designations.Include(d => d.Kind).SingleOrDefaultAsync(d => d.Id == id && d.EnterpriseId == null);
            if (row is null || row.Kind!.Subject != DesignationSubject.Area)
            {
                return ServiceSaveResult.NotFound;
            }
            if (!CanEdit(row.Kind))
            {
                return ServiceSaveResult.Refused("", t["只有认定该类别的部门或领导小组办公室可以修改"]);
            }
        }
        var errors = InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return ServiceSaveResult.Invalid(errors);
        }
        var code = input.KindCode.Trim();
        var kind = await db.DesignationKinds.AsNoTracking().SingleOrDefaultAsync(k => k.Code == code);
        if (kind is null || kind.Subject != DesignationSubject.Area)
        {
            return ServiceSaveResult.Invalid([(nameof(input.KindCode), t["类别须为区域或机构类的认定（服务业集聚区、创新中心等）"])]);
        }
        errors.AddRange(await CheckAsync(id, input, code));
        if (errors.Count > 0)
        {
            return ServiceSaveResult.Invalid(errors);
        }
        if (!CanEdit(kind))
        {
            return ServiceSaveResult.Refused(nameof(input.KindCode), t["只有认定该类别的部门或领导小组办公室可以修改"]);
        }
        var owner = kind.GrantingUnitId ?? await db.Units.Where(u => u.Kind == UnitKind.City).Select(u => u.Id).FirstAsync();
        row ??= db.Designations.Add(new Designation { KindCode = code, OwnerUnitId = owner, IsDemo = input.IsDemo }).Entity;
        db.Expect(row, input.Version);
        input.ApplyTo(row);
        row.OwnerUnitId = owner;
        return await db.SaveOrConflictAsync() is { } conflict ? ServiceSaveResult.Conflicted(conflict) : ServiceSaveResult.Saved(row.Id);
    }

    private async Task<List<(string Field, string Message)>> CheckAsync(int? id, AreaInput input, string code)
    {
        var errors = new List<(string, string)>();
        if (input.DistrictUnitId is { } district && !await db.Units.AnyAsync(u => u.Id == district && BuildingRules.OwnerKinds.Contains(u.Kind)))
        {
            errors.Add((nameof(input.DistrictUnitId), t["所在区市不存在"]));
        }
        var name = input.SubjectName.Trim();
        if (await db.Designations.AnyAsync(d => d.KindCode == code && d.SubjectName == name && d.Year == input.Year && d.Id != (id ?? 0)))
        {
            errors.Add((nameof(input.SubjectName), t["该名称本年度已有同类认定"]));
        }
        return errors;
    }
}
