using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>The one save of a per-mu scheme, for the page, the API and the seeding: the fields' annotations and
/// <see cref="PerMuSchemeRules"/>, the whole indicator list replaced at once, the version checked. A scheme a
/// published run used is frozen (the published grades must stay explainable): copy it instead.</summary>
public sealed class PerMuSchemeSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<RecordSave<PerMuScheme>> CreateAsync(SchemeInput input, bool isExample = false, int? ownerUnitId = null)
    {
        var errors = Check(input);
        if (errors.Count > 0)
        {
            return Saves.Invalid<PerMuScheme>(errors);
        }
        var owner = ownerUnitId ?? EnterpriseYearSave.OwnUnit(scope);
        if (owner == 0 || !scope.CanWrite(owner))
        {
            return Saves.Forbidden<PerMuScheme>("", t["您不能在该单位下建立评价方案"]);
        }
        var scheme = new PerMuScheme { Name = input.Name, OwnerUnitId = owner, IsExample = isExample };
        input.ApplyTo(scheme);
        scheme.Indicators.AddRange(input.Indicators.Select((i, k) => i.ToIndicator(k)));
        db.PerMuSchemes.Add(scheme);
        await db.SaveChangesAsync();
        return Saves.Saved(scheme);
    }

    public async Task<RecordSave<PerMuScheme>> UpdateAsync(int id, SchemeInput input)
    {
        var scheme = await db.PerMuSchemes.Include(s => s.Indicators).SingleOrDefaultAsync(s => s.Id == id);
        if (scheme is null)
        {
            return Saves.NotFound<PerMuScheme>();
        }
        if (!scope.CanWrite(scheme.OwnerUnitId))
        {
            return Saves.Forbidden<PerMuScheme>("", t["该方案由其他单位维护，您不能修改"]);
        }
        if (await IsFrozenAsync(id))
        {
            return Saves.Invalid<PerMuScheme>([("", t["该方案已用于已发布的评价，不能修改；请复制为新方案后调整"])]);
        }
        var errors = Check(input);
        if (errors.Count > 0)
        {
            return Saves.Invalid<PerMuScheme>(errors);
        }
        db.Entry(scheme).Property(s => s.Version).OriginalValue = input.Version;
        input.ApplyTo(scheme);
        db.Entry(scheme).State = EntityState.Modified;
        db.PerMuIndicators.RemoveRange(scheme.Indicators);
        scheme.Indicators.Clear();
        scheme.Indicators.AddRange(input.Indicators.Select((i, k) => i.ToIndicator(k)));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.PerMuSchemes.AsNoTracking().Include(s => s.Indicators).SingleAsync(s => s.Id == id);
            return new RecordSave<PerMuScheme>(SaveOutcome.Conflict, null, [("", "该方案已被他人修改，您的修改未保存")], current);
        }
        return Saves.Saved(scheme);
    }

    /// <summary>A new scheme for <paramref name="year"/> with the same settings and indicators, owned by the caller.</summary>
    public async Task<RecordSave<PerMuScheme>> CopyAsync(int id, int year, bool isExample = false, int? ownerUnitId = null)
    {
        var source = await db.PerMuSchemes.AsNoTracking().Include(s => s.Indicators).SingleOrDefaultAsync(s => s.Id == id);
        if (source is null)
        {
            return Saves.NotFound<PerMuScheme>();
        }
        var input = SchemeInput.From(source);
        input.Year = year;
        input.Name = source.Name.Replace(source.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (input.Name == source.Name)
        {
            input.Name = $"{source.Name}（{year}）";
        }
        return await CreateAsync(input, isExample, ownerUnitId);
    }

    /// <summary>Whether a published (or since superseded) run used the scheme.</summary>
    public Task<bool> IsFrozenAsync(int id) =>
        db.PerMuRuns.IgnoreQueryFilters().AnyAsync(r => r.SchemeId == id && (r.State == RunState.Published || r.State == RunState.Superseded));

    public List<(string Field, string Message)> Check(SchemeInput input)
    {
        var errors = InputRules.Validate(input, t);
        errors.AddRange(PerMuSchemeRules.Check(input, t));
        return errors;
    }
}
