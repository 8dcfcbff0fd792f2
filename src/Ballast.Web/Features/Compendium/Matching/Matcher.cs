using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Matching on the registry: the firms a policy's conditions select (in the caller's scope), and the policies a firm
/// is offered. The pages, the API and the export all read through here.</summary>
public sealed class Matcher(AppDbContext db, FactsLoader loader)
{
    /// <summary>The firms in scope that qualify or need checking, in batches; firms that miss are only counted.</summary>
    public async Task<MatchList> FirmsForAsync(int policyId, MatchOptions options, CancellationToken ct = default)
    {
        var conditions = await db.PolicyConditions.AsNoTracking().Where(c => c.PolicyId == policyId)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        if (conditions.Count == 0)
        {
            return new MatchList(conditions, [], 0);
        }
        var registry = await Registry.LoadAsync(db, ct);
        var firms = Filtered(db.Enterprises, options, registry);
        var rows = new List<FirmMatch>();
        var examined = 0;
        await foreach (var batch in loader.BatchesAsync(Prefilter.Apply(db, firms, conditions, registry, options.Year), registry, options.Year, ct))
        {
            examined += batch.Count;
            rows.AddRange(batch.Select(f => new FirmMatch(f, Eligibility.Evaluate(f, conditions, options.Year, options.Day)))
                .Where(m => m.Result.Verdict != Verdict.NotEligible));
        }
        return new MatchList(conditions, [.. rows.OrderBy(r => r.Result.Verdict).ThenBy(r => r.Firm.DistrictName).ThenBy(r => r.Firm.Name)], examined);
    }

    /// <summary>Every policy with conditions, judged for one firm in scope; null when the firm is not in scope.</summary>
    public async Task<(FirmFacts Firm, IReadOnlyList<PolicyOffer> Offers)?> PoliciesForAsync(int enterpriseId, MatchOptions options,
        CancellationToken ct = default)
    {
        var registry = await Registry.LoadAsync(db, ct);
        var firm = (await loader.AllAsync(db.Enterprises.Where(e => e.Id == enterpriseId), registry, options.Year, ct)).SingleOrDefault();
        if (firm is null)
        {
            return null;
        }
        // The fields an offer shows and the conditions, never the texts: every policy with conditions is read.
        var policies = await db.Policies.AsNoTracking().Where(p => p.Conditions.Count > 0).OrderBy(p => p.Level).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Code, p.Title, p.DocumentNumber, p.Level, p.Status, p.EffectiveOn, p.ExpiresOn,
                Conditions = p.Conditions.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToList(),
            }).ToListAsync(ct);
        var offers = policies.Select(p => new PolicyOffer(p.Id, p.Code, p.Title, p.DocumentNumber, p.Level, p.Status, p.ExpiresOn,
            PolicyWindow.InForceOn(p.Status, p.EffectiveOn, p.ExpiresOn, options.Day),
            Eligibility.Evaluate(firm, p.Conditions, options.Year, options.Day))).ToList();
        return (firm, offers);
    }

    private static IQueryable<Enterprise> Filtered(IQueryable<Enterprise> q, MatchOptions options, Registry registry)
    {
        if (options.District is { } district)
        {
            var owners = registry.Districts.Where(kv => kv.Value.UnitId == district).Select(kv => kv.Key).ToList();
            q = q.Where(e => owners.Contains(e.OwnerUnitId));
        }
        if (options.Chain is { } chain)
        {
            q = q.Where(e => e.ChainId == chain);
        }
        return q;
    }
}
