using Ballast.Web.Common;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>
/// The one policy search, for the list page, its export and the API. The text is matched in the title, 文号,
/// summary and full text; every term must occur. On SQLite terms of three characters or more go to the FTS5
/// trigram index "PolicySearch" (each a quoted phrase, ranked by bm25 with the title weighted most); a one- or
/// two-character term, which no trigram can hold, falls back to LIKE. On PostgreSQL ILIKE is served by the pg_trgm
/// GIN indexes. Filters combine with the text.
/// </summary>
public sealed class PolicySearch(AppDbContext db)
{
    /// <summary>A row of the FTS5 ranking (rowid is the policy's id; a lower bm25 is a better match).</summary>
    public sealed class FtsRank
    {
        public int Id { get; set; }
        public double Rank { get; set; }
    }

    public IQueryable<Policy> Apply(PolicyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = CityTime.Today(db.Time);
        var q = Filter(db.Policies.AsNoTracking(), query, today);
        var terms = SearchTerms.Of(query.Q);
        var relevance = terms.Count > 0 && (string.IsNullOrEmpty(query.Sort) || query.Sort == "relevance");
        if (terms.Count > 0 && db.Database.IsSqlite() && SearchTerms.IndexCanAnswer(terms))
        {
            var match = SearchTerms.Fts(terms);
            // The MATCH text is a SQLite string literal (quotes doubled, SQLite has no other escape), not a parameter:
            // the ranking is used twice in one statement, and EF would give both uses the same parameter name.
            var literal = "'" + match.Replace("'", "''", StringComparison.Ordinal) + "'";
            var sql = """SELECT rowid AS "Id", bm25("PolicySearch", 10.0, 5.0, 3.0, 1.0) AS "Rank" FROM "PolicySearch" WHERE "PolicySearch" MATCH """;
#pragma warning disable EF1003 // the literal is sanitised above: every quote doubled
            var ranked = db.Database.SqlQueryRaw<FtsRank>(sql + literal);
#pragma warning restore EF1003
            // A filter and a scalar rank, not a join: the list includes collections, which EF cannot correlate on a
            // keyless join. Callers load the collections in a single query: a split query repeats the raw SQL's
            // parameter and fails.
            var found = q.Where(p => ranked.Any(r => r.Id == p.Id));
            return relevance
                ? found.OrderBy(p => ranked.Where(r => r.Id == p.Id).Select(r => r.Rank).First()).ThenBy(p => p.Id)
                : Sorted(found, query.Sort);
        }
        foreach (var term in terms)
        {
            q = Containing(q, SearchTerms.Like(term));
        }
        if (relevance)
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
