using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Checks on a building that annotations cannot express. Messages come back localised.</summary>
public static class BuildingRules
{
    /// <summary>The units a building may belong to: a district, a functional area or a sub-district.</summary>
    public static readonly UnitKind[] OwnerKinds = [UnitKind.District, UnitKind.FunctionalArea, UnitKind.SubDistrict];

    public static async Task<List<(string Field, string Message)>> CheckAsync(AppDbContext db, Texts t, BuildingInput input, int? id)
    {
        var errors = InputRules.Validate(input, t);
        if (input.SpecialtyYear is not null && input.SpecialtyLevel is null)
        {
            errors.Add((nameof(input.SpecialtyLevel), t["认定为专业特色楼宇的，请选择认定级别"]));
        }
        if (input.SpecialtyYear is null && input.SpecialtyLevel is not null)
        {
            errors.Add((nameof(input.SpecialtyYear), t["选择了认定级别的，请填写认定年度"]));
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        if (!await db.Units.AnyAsync(u => u.Id == input.OwnerUnitId && OwnerKinds.Contains(u.Kind)))
        {
            errors.Add((nameof(input.OwnerUnitId), t["楼宇须属于一个区市"]));
            return errors;
        }
        var name = input.Name.Trim();
        if (await db.Buildings.IgnoreQueryFilters().AnyAsync(b => b.OwnerUnitId == input.OwnerUnitId && b.Name == name && b.Id != (id ?? 0)))
        {
            errors.Add((nameof(input.Name), t["该区市已有同名楼宇"]));
        }
        return errors;
    }
}
