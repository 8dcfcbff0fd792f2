namespace Ballast.Web.Features.Promotion;

/// <summary>A campaign's (or a group's) results, each counted once. <see cref="KeyCompletedWan"/> is null when no key
/// project among them reported this year (未报), never zero.</summary>
public sealed record CampaignFigures(int Leads, int Negotiating, int Signed, decimal SignedInvestmentWan, int Started,
    int KeyProjects, decimal? KeyCompletedWan)
{
    public static readonly CampaignFigures None = new(0, 0, 0, 0m, 0, 0, null);

    /// <summary>The figures of a set of credited projects, each project once however many rows name it.</summary>
    public static CampaignFigures Of(IEnumerable<CreditedProject> credited, IReadOnlyDictionary<int, KeyCompletion> keys)
    {
        var distinct = credited.DistinctBy(c => c.ProjectId).ToList();
        var key = distinct.Where(c => keys.ContainsKey(c.ProjectId)).Select(c => keys[c.ProjectId]).ToList();
        var reported = key.Where(k => k.Reported).ToList();
        return new(distinct.Count, distinct.Count(c => c.Negotiating), distinct.Count(c => c.SignedNew),
            distinct.Where(c => c.SignedAny).Sum(c => c.TotalInvestmentWan), distinct.Count(c => c.StartedNew),
            key.Count, reported.Count == 0 ? null : reported.Sum(k => k.CompletedWan));
    }
}
