using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Adding, changing and removing a designation kind, the same for the page and the API. Code and
/// Chinese name are unique; a kind already granted keeps its subject (its designations name a firm, or an
/// area, accordingly) and is not removed. The audit trail records every change.</summary>
public sealed class KindSave(AppDbContext db, Texts t)
{
    public async Task<RecordSave<DesignationKind>> SaveAsync(string? code, KindInput input)
    {
        var existing = code is null ? null : await db.DesignationKinds.FindAsync(code);
        if (code is not null && existing is null)
        {
            return Saves.NotFound<DesignationKind>();
        }
        var errors = await CheckAsync(existing, input);
        if (errors.Count > 0)
        {
            return Saves.Invalid<DesignationKind>(errors);
        }
        var kind = existing ?? db.DesignationKinds.Add(new DesignationKind { Code = input.Code!.Trim(), Name = input.Name }).Entity;
        input.ApplyTo(kind);
        await db.SaveChangesAsync();
        return Saves.Saved(kind);
    }

    /// <summary>Removes a kind nobody was granted yet (one added by mistake).</summary>
    public async Task<RecordSave<DesignationKind>> DeleteAsync(string code)
    {
        var kind = await db.DesignationKinds.FindAsync(code);
        if (kind is null)
        {
            return Saves.NotFound<DesignationKind>();
        }
        if (await InUseAsync(code))
        {
            return Saves.Invalid<DesignationKind>([("", "该类别已有认定记录，不能删除")]);
        }
        db.DesignationKinds.Remove(kind);
        await db.SaveChangesAsync();
        return Saves.Saved(kind);
    }

    public Task<bool> InUseAsync(string code) => db.Designations.IgnoreQueryFilters().AnyAsync(d => d.KindCode == code);

    private async Task<List<(string Field, string Message)>> CheckAsync(DesignationKind? existing, KindInput input)
    {
        var errors = InputRules.Validate(input, t);
        if (existing is null)
        {
            var code = input.Code?.Trim();
            if (string.IsNullOrEmpty(code))
            {
                errors.Add((nameof(input.Code), "请填写代码"));
            }
            else if (await db.DesignationKinds.AnyAsync(k => k.Code == code))
            {
                errors.Add((nameof(input.Code), "该代码已被其他认定类别使用"));
            }
        }
        var name = input.Name.Trim();
        var self = existing?.Code ?? "";
        if (name.Length > 0 && await db.DesignationKinds.AnyAsync(k => k.Name == name && k.Code != self))
        {
            errors.Add((nameof(input.Name), "该名称已被其他认定类别使用"));
        }
        if (input.GrantingUnitId is { } unit && !await db.Units.AnyAsync(u => u.Id == unit && u.Kind == UnitKind.Department))
        {
            errors.Add((nameof(input.GrantingUnitId), "认定部门须为市直部门"));
        }
        if (existing is not null && existing.Subject != input.Subject && await InUseAsync(existing.Code))
        {
            errors.Add((nameof(input.Subject), "该类别已有认定记录，不能更改认定对象"));
        }
        return errors;
    }
}
