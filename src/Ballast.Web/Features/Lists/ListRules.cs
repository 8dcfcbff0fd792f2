using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

/// <summary>The checks a target or carrier must pass beyond its data annotations, the same for
/// the page and the API. Messages come back localized, keyed by the input's property name.</summary>
public static class ListRules
{
    public static async Task<List<(string Field, string Message)>> TargetAsync(AppDbContext db, Texts t, TargetInput input)
    {
        var errors = new List<(string, string)>();
        if (input.ChainId is { } chain && !await db.Chains.AnyAsync(c => c.Id == chain))
        {
            errors.Add((nameof(input.ChainId), t["产业链不存在"].Value));
        }
        await OwnerAsync(db, t, input.OwnerUnitId, errors);
        return errors;
    }

    public static async Task<List<(string Field, string Message)>> CarrierAsync(AppDbContext db, Texts t, CarrierInput input)
    {
        var errors = new List<(string, string)>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add((nameof(input.Kind), t["请选择载体类型"].Value));
        }
        else if (input.Kind == CarrierKind.Land && input.AreaMu is not > 0)
        {
            errors.Add((nameof(input.AreaMu), t["土地须填写面积（亩），且大于0"].Value));
        }
        else if (input.Kind != CarrierKind.Land && input.AreaSquareMetres is not > 0)
        {
            errors.Add((nameof(input.AreaSquareMetres), t["楼宇和厂房须填写建筑面积（平方米），且大于0"].Value));
        }
        if (!Enum.IsDefined(input.Availability))
        {
            errors.Add((nameof(input.Availability), t["请选择供应状态"].Value));
        }
        if (input.ParkUnitId is { } park && !await db.Units.AnyAsync(u => u.Id == park && u.Kind == UnitKind.Park))
        {
            errors.Add((nameof(input.ParkUnitId), t["所选园区不存在"].Value));
        }
        await OwnerAsync(db, t, input.OwnerUnitId, errors);
        return errors;
    }

    /// <summary>The data-annotation rules the pages run, for the API.</summary>
    public static List<(string Field, string Message)> Annotations(object input, Texts t) =>
        InputRules.Validate(input, t);

    private static async Task OwnerAsync(AppDbContext db, Texts t, int ownerUnitId, List<(string, string)> errors)
    {
        if (ownerUnitId > 0 && !await db.Units.AnyAsync(u => u.Id == ownerUnitId))
        {
            errors.Add(("OwnerUnitId", t["责任单位不存在"].Value));
        }
    }
}
