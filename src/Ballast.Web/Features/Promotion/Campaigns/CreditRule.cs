namespace Ballast.Web.Features.Promotion;

/// <summary>Which lead a project is credited to, with no I/O. A project is credited to one campaign; when merged duplicates
/// were leads of several, the survivor keeps one credit: the lead on the survivor itself, else the earliest gathered.</summary>
public static class CreditRule
{
    public static IReadOnlyDictionary<int, LeadLink> Winners(IEnumerable<LeadLink> leads) =>
        leads.GroupBy(l => l.EffectiveProjectId)
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.ProjectId == l.EffectiveProjectId ? 0 : 1)
                .ThenBy(l => l.GatheredOn).ThenBy(l => l.LeadId).First());
}
