using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The published policies in the order the public index and the booklet show them: by level, then kind,
/// newest first, each with its status as of today (past its expiry day it has expired, recorded or not). The booklet
/// prints only those in force: a printed compendium handed to firms must not offer what no longer applies. The search is a plain substring match over title, number and summary (the office's full-text
/// search is the compendium's own); it works the same on both engines.</summary>
public static class PublicListings
{
    public const int MaxQuery = 50;

    public static async Task<List<PublicListing>> ListAsync(AppDbContext db, DateOnly today, string? query = null, bool inForceOnly = false)
    {
        var policies = PublicPolicies.Published(db);
        if (inForceOnly)
        {
            policies = policies.Where(PolicyStatuses.InForceOn(today));
        }
        if (query?.Trim() is { Length: > 0 } q)
        {
            q = q.Length > MaxQuery ? q[..MaxQuery] : q;
            policies = policies.Where(p => p.Title.Contains(q) || (p.DocumentNumber != null && p.DocumentNumber.Contains(q))
                || (p.Summary != null && p.Summary.Contains(q)));
        }
        var rows = await policies.OrderBy(p => p.Level).ThenBy(p => p.Kind).ThenByDescending(p => p.EffectiveOn).ThenBy(p => p.Code)
            .Select(p => new PublicListing(p.Code, p.Title, p.DocumentNumber, p.Issuer, p.Level, p.Kind, p.EffectiveOn, p.ExpiresOn,
                p.Status, p.Summary))
            .ToListAsync();
        return [.. rows.Select(r => r with { Status = PolicyStatuses.Effective(r.Status, r.ExpiresOn, today) })];
    }
}
