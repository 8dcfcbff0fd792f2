using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;

namespace Ballast.Web.Features.Compendium;

/// <summary>Narrows the firms in SQL by the conditions that allow it, so that only likely matches are loaded and judged.
/// It never drops a firm the evaluator would call eligible or needs-checking: an unknown fact passes through.</summary>
public static class Prefilter
{
    public static IQueryable<Enterprise> Apply(AppDbContext db, IQueryable<Enterprise> q, IEnumerable<PolicyCondition> conditions, Registry registry, int year)
    {
        foreach (var c in conditions.Where(c => c.Operator is ConditionOperator.In or ConditionOperator.IsTrue))
        {
            var listed = ConditionValues.Split(c.Values).ToList();
            q = c.Kind switch
            {
                ConditionKind.Region => Region(q, listed, registry),
                ConditionKind.Industry => q.Where(e => e.IndustryDivisionCode == null || listed.Contains(e.IndustryDivisionCode)),
                ConditionKind.Chain => Chain(q, listed, registry),
                ConditionKind.SizeClass => Size(db, q, listed, year + c.YearOffset),
                ConditionKind.Designation => q.Where(e => db.Designations.Any(d => d.EnterpriseId == e.Id && listed.Contains(d.KindCode))),
                ConditionKind.Park => Park(db, q, listed, registry),
                ConditionKind.AboveScale => q.Where(e => e.IsAboveScale),
                ConditionKind.Listed => q.Where(e => e.IsListed),
                _ => q,
            };
        }
        return q;
    }

    private static IQueryable<Enterprise> Region(IQueryable<Enterprise> q, List<string> listed, Registry registry)
    {
        var units = registry.Districts.Values.Where(d => d.RegionCode is null || listed.Any(l => ConditionValues.RegionCovers(l, d.RegionCode)))
            .Select(d => d.UnitId).ToHashSet();
        var owners = registry.Districts.Where(kv => units.Contains(kv.Value.UnitId)).Select(kv => kv.Key).ToList();
        return q.Where(e => owners.Contains(e.OwnerUnitId));
    }

    private static IQueryable<Enterprise> Chain(IQueryable<Enterprise> q, List<string> listed, Registry registry)
    {
        var ids = registry.Chains.Where(kv => listed.Contains(kv.Value.Code)).Select(kv => kv.Key).ToList();
        return q.Where(e => e.ChainId != null && ids.Contains(e.ChainId.Value));
    }

    private static IQueryable<Enterprise> Size(AppDbContext db, IQueryable<Enterprise> q, List<string> listed, int year)
    {
        var sizes = listed.Select(s => Enum.TryParse<SizeClass>(s, out var v) ? v : (SizeClass?)null).OfType<SizeClass>().ToList();
        return q.Where(e => !db.EnterpriseYears.Any(y => y.EnterpriseId == e.Id && y.Year == year && y.SizeClass != null)
            || db.EnterpriseYears.Any(y => y.EnterpriseId == e.Id && y.Year == year && y.SizeClass != null && sizes.Contains(y.SizeClass.Value)));
    }

    private static IQueryable<Enterprise> Park(AppDbContext db, IQueryable<Enterprise> q, List<string> listed, Registry registry)
    {
        var parks = registry.Parks.Where(kv => listed.Contains(kv.Value.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(kv => kv.Key).ToList();
        return q.Where(e => db.ParkMemberships.Any(m => m.EnterpriseId == e.Id && parks.Contains(m.ParkId)));
    }
}
