using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Creating and changing a firm, the same for the page, the API, the import and the demo: rules,
/// uniqueness of its key (USCC, else name and country), scope, optimistic concurrency; then the projects
/// whose investor carries its code are linked to it.</summary>
public sealed class EnterpriseSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<RecordSave<Enterprise>> CreateAsync(EnterpriseInput input)
    {
        if (await CheckAsync(null, input) is { } refused)
        {
            return refused;
        }
        var firm = new Enterprise { Name = input.Name };
        input.ApplyTo(firm);
        db.Enterprises.Add(firm);
        await db.SaveChangesAsync();
        await LinkProjectsAsync(firm);
        return Saves.Saved<Enterprise>(firm);
    }

    public async Task<RecordSave<Enterprise>> UpdateAsync(int id, EnterpriseInput input)
    {
        var firm = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == id);
        if (firm is null)
        {
            return Saves.NotFound<Enterprise>();
        }
        if (!scope.CanWrite(firm.OwnerUnitId))
        {
            return Saves.Forbidden<Enterprise>("", "数据范围之外的记录不能修改");
        }
        if (await CheckAsync(id, input) is { } refused)
        {
            return refused;
        }
        db.Entry(firm).Property(e => e.Version).OriginalValue = input.Version;
        input.ApplyTo(firm);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == id);
            return new RecordSave<Enterprise>(SaveOutcome.Conflict, null, [("", "该企业已被他人修改，您的修改未保存。请核对后重新填写。")], current);
        }
        await LinkProjectsAsync(firm);
        return Saves.Saved<Enterprise>(firm);
    }

    /// <summary>Every rule of one firm, without writing: the import runs this per row before it writes a batch.</summary>
    public async Task<List<(string Field, string Message)>> ErrorsAsync(int? id, EnterpriseInput input)
    {
        var errors = InputRules.Validate(input, t);
        if (errors.Count == 0)
        {
            errors.AddRange(EnterpriseRules.Check(input, CityTime.DateOf(db.Time.GetUtcNow())));
        }
        if (errors.Count == 0)
        {
            errors.AddRange(await RefersAttribute.CheckAsync(db, input, t));
        }
        if (errors.Count == 0)
        {
            errors.AddRange(await DuplicateAsync(id, input));
        }
        return errors;
    }

    private async Task<RecordSave<Enterprise>?> CheckAsync(int? id, EnterpriseInput input)
    {
        var errors = await ErrorsAsync(id, input);
        if (errors.Count > 0)
        {
            return Saves.Invalid<Enterprise>(errors);
        }
        return scope.CanWrite(input.OwnerUnitId) ? null : Saves.Forbidden<Enterprise>(nameof(input.OwnerUnitId), "只能选择本单位或下属单位");
    }

    /// <summary>A code names one firm; a firm without one is one firm per name and country (searched across
    /// every district: a firm another district keeps is still the same firm).</summary>
    private async Task<List<(string, string)>> DuplicateAsync(int? id, EnterpriseInput input)
    {
        var all = db.Enterprises.IgnoreQueryFilters().Where(e => e.Id != (id ?? 0));
        if (EnterpriseInput.Clean(input.Uscc) is { } uscc)
        {
            var holder = await all.Where(e => e.Uscc == uscc).Select(e => e.Name).FirstOrDefaultAsync();
            return holder is null ? [] : [(nameof(input.Uscc), $"该统一社会信用代码已登记为“{holder}”")];
        }
        var name = input.Name.Trim();
        var country = EnterpriseInput.Clean(input.Country);
        var same = await all.AnyAsync(e => e.Uscc == null && e.Name == name && e.Country == country);
        return same ? [(nameof(input.Name), "已有同名同国别（地区）的未登记代码企业")] : [];
    }

    private async Task LinkProjectsAsync(Enterprise firm)
    {
        if (firm.Uscc is { } uscc && await InvestorLinks.LinkCodeAsync(db, uscc, firm.Id, scope.CanWrite) > 0)
        {
            await db.SaveChangesAsync();
        }
    }
}
