using Ballast.Web.Common;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>
/// The one policy search, for the list page, its export and the API. The text is matched in the title, 文号,
/// summary and full text; every term must occur. On SQLite terms of three characters or more are looked up in the FTS5
/// trigram index "PolicySearch" (each a quoted phrase); a one- or two-character term, which no trigram can hold, falls
/// back to LIKE. On PostgreSQL ILIKE is served by the pg_trgm GIN indexes. Filters combine with the text. By relevance,
/// policies whose title holds the first term come first, then the newest: the same order on both engines.
/// </summary>
public sealed class PolicySearch(AppDbContext db)
{
    public IQueryable<Policy> Apply(PolicyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = CityTime.Today(db.Time);
        var q = Filter(db.Policies.AsNoTracking(), query, today);
        var terms = SearchTerms.Of(query.Q);
        if (terms.Count > 0 && db.Database.IsSqlite() && SearchTerms.IndexCanAnswer(terms))
        {
            // An uncorrelated IN: SQLite runs the MATCH once. A correlated EXISTS or a rank per row ran it once per policy,
            // which took seconds at 20,000 policies (docs/performance.md).
            var match = SearchTerms.Fts(terms);
            var found = db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "PolicySearch" WHERE "PolicySearch" MATCH {match}""");
            q = q.Where(p => found.Contains(p.Id));
        }
        else
        {
            foreach (var term in terms)
            {
                q = Containing(q, SearchTerms.Like(term));
            }
        }
        if (terms.Count > 0 && (string.IsNullOrEmpty(query.Sort) || query.Sort == "relevance"))
        {
            var first = SearchTerms.Like(terms[0]);
            return db.Database.IsNpgsql()
                ? q.OrderByDescending(p => EF.Functions.ILike(p.Title, first, "\\")).ThenByDescending(p => p.EffectiveOn).ThenBy(p => p.Id)
                : q.OrderByDescending(p => EF.Functions.Like(p.Title, first, "\\")).ThenByDescending(p => p.EffectiveOn).ThenBy(p => p.Id);
        }
        return Sorted(q, query.Sort);
    }

    /// <summary>ILIKE on PostgreSQL (case-insensitive, served by the trigram indexes), LIKE on SQLite.</summary>
    private IQueryable<Policy> Containing(IQueryable<Policy> q, string pattern) => db.Database.IsNpgsql()
        ? q.Where(p => EF.Functions.ILike(p.Title, pattern, "\\") || EF.Functions.ILike(p.DocumentNumber!, pattern, "\\")
            || EF.Functions.ILike(p.Summary!, pattern, "\\") || EF.Functions.ILike(p.FullText!, pattern, "\\"))
        : q.Where(p => EF.Functions.Like(p.Title, pattern, "\\") || EF.Functions.Like(p.DocumentNumber!, pattern, "\\")
            || EF.Functions.Like(p.Summary!, pattern, "\\") || EF.Functions.Like(p.FullText!, pattern, "\\"));

    public static IQueryable<Policy> Filter(IQueryable<Policy> q, PolicyQuery query, DateOnly today)
    {
        if (query.Level is { } level) { q = q.Where(p => p.Level == level); }
        if (query.Kind is { } kind) { q = q.Where(p => p.Kind == kind); }
        if (query.Status is { } status) { q = q.Where(PolicyStatuses.Is(status, today)); }
        if (!string.IsNullOrWhiteSpace(query.Issuer))
        {
            var issuer = query.Issuer.Trim();
            q = q.Where(p => p.Issuer == issuer);
        }
        if (query.Chain is { } chain) { q = q.Where(p => p.Chains.Any(c => c.ChainId == chain)); }
        if (query.Area is { } area) { q = q.Where(p => p.AreaUnitId == area); }
        if (query.Year is { } year and >= 1 and <= 9998)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            q = q.Where(p => p.EffectiveOn >= from && p.EffectiveOn < to);
        }
        if (query.Published is { } published) { q = q.Where(p => p.IsPublished == published); }
        return q;
    }

    public static IQueryable<Policy> Sorted(IQueryable<Policy> q, string? sort) => sort switch
    {
        "title" => q.OrderBy(p => p.Title).ThenBy(p => p.Id),
        "-title" => q.OrderByDescending(p => p.Title).ThenBy(p => p.Id),
        "effective" => q.OrderBy(p => p.EffectiveOn).ThenBy(p => p.Id),
        "expires" => q.OrderBy(p => p.ExpiresOn == null).ThenBy(p => p.ExpiresOn).ThenBy(p => p.Id),
        "-expires" => q.OrderByDescending(p => p.ExpiresOn).ThenBy(p => p.Id),
        _ => q.OrderByDescending(p => p.EffectiveOn).ThenByDescending(p => p.Id),
    };
}
