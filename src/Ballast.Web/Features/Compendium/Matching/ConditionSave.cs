using System.Globalization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Saving a policy's conditions, the same on every channel (page, API, import, demo): the whole ordered list at once,
/// checked by <see cref="ConditionRules"/>, by the policy's owner only, against the policy's version.</summary>
public sealed class ConditionSave(AppDbContext db, UserScope scope, TimeProvider time)
{
    public async Task<RecordSave<Policy>> SaveAsync(int policyId, ConditionList input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var policy = await db.Policies.Include(p => p.Conditions).SingleOrDefaultAsync(p => p.Id == policyId);
        if (policy is null)
        {
            return Saves.NotFound<Policy>();
        }
        if (!scope.CanWrite(policy.OwnerUnitId))
        {
            return Saves.Forbidden<Policy>("Conditions", "只有政策的维护单位可以修改其适用条件");
        }
        var errors = ConditionRules.Check(input.Conditions, await CatalogAsync());
        if (errors.Count > 0)
        {
            return Saves.Invalid<Policy>(errors);
        }
        db.Entry(policy).Property(p => p.Version).OriginalValue = input.Version;
        db.PolicyConditions.RemoveRange(policy.Conditions);
        policy.Conditions = [.. input.Conditions.Select((c, i) => Build(c, i))];
        policy.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new RecordSave<Policy>(SaveOutcome.Conflict, null, [("", "该政策已被他人修改，您的修改未保存")]);
        }
        return Saves.Saved(policy);
    }

    public async Task<ConditionCatalog> CatalogAsync()
    {
        var regions = await db.Regions.AsNoTracking().Where(r => !r.IsRetired).Select(r => r.Code).ToListAsync();
        var divisions = await db.IndustryDivisions.AsNoTracking().Select(d => d.Code).ToListAsync();
        var chains = await db.Chains.AsNoTracking().Select(c => c.Code).ToListAsync();
        var kinds = await db.DesignationKinds.AsNoTracking().Select(k => k.Code).ToListAsync();
        var parks = await db.Parks.AsNoTracking().Select(p => p.UnitId).ToListAsync();
        return new ConditionCatalog(Set(regions), Set(divisions), Set(chains), Set(kinds), Set(parks.Select(p => p.ToString(CultureInfo.InvariantCulture))));
    }

    private static HashSet<string> Set(IEnumerable<string> codes) => codes.ToHashSet(StringComparer.Ordinal);

    private static PolicyCondition Build(ConditionInput c, int index)
    {
        var isList = ConditionRules.IsList(c.Kind);
        var isFigure = c.Kind == ConditionKind.Figure;
        return new PolicyCondition
        {
            Kind = c.Kind,
            Operator = c.Operator!.Value,
            Field = isFigure ? FigureFields.Find(c.Field)!.Code : null,
            Values = isList ? ConditionValues.Join(c.Values) : null,
            Threshold = isFigure ? c.Threshold : null,
            YearOffset = ConditionRules.IsYearly(c.Kind) ? c.YearOffset : 0,
            Label = string.IsNullOrWhiteSpace(c.Label) ? null : c.Label.Trim(),
            SortOrder = index,
        };
    }
}
