using Ballast.Web.Common.Localization;
using Ballast.Web.Data;

namespace Ballast.Web.Features.Lists;

/// <summary>Adds a target to attract: the rules and the scope check every channel runs. The node of a chain map
/// whose gap the target fills is set only here, by the map, never bound from a form.</summary>
public static class TargetSave
{
    public static async Task<TargetSaved> AddAsync(AppDbContext db, Texts t, TargetInput input, int? chainNodeId = null)
    {
        var errors = ListRules.Annotations(input, t);
        if (errors.Count == 0)
        {
            errors.AddRange(await ListRules.TargetAsync(db, t, input));
        }
        if (errors.Count > 0)
        {
            return new TargetSaved(null, errors, false);
        }
        if (!db.Scope.CanWrite(input.OwnerUnitId))
        {
            return new TargetSaved(null, [], true);
        }
        var target = new AttractionTarget { Name = input.Name };
        input.ApplyTo(target);
        target.ChainNodeId = chainNodeId;
        db.AttractionTargets.Add(target);
        await db.SaveChangesAsync();
        return new TargetSaved(target, [], false);
    }
}
