namespace Ballast.Web.Features.Compendium;

/// <summary>A search box's text as terms: split on spaces (full-width too), brackets around a year made 〔〕
/// as 文号 are stored, at most a few terms of bounded length so that no query is pathological.</summary>
public static class SearchTerms
{
    public const int MaxTerms = 5;
    public const int MaxLength = 50;

    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var compact = DocumentNumbers.InText(text.Replace('\u3000', ' '));
        return [.. compact.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Length > MaxLength ? s[..MaxLength] : s).Distinct(StringComparer.Ordinal).Take(MaxTerms)];
    }

    /// <summary>The trigram index answers a term of three characters or more; shorter ones need a scan.</summary>
    public static bool IndexCanAnswer(IReadOnlyList<string> terms) => terms.Count > 0 && terms.All(t => t.Length >= 3);

    /// <summary>FTS5 query: every term a quoted phrase (quotes doubled), so AND, NOT, NEAR, * and column names are plain text.</summary>
    public static string Fts(IReadOnlyList<string> terms) => string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>LIKE pattern with \ as the escape: %, _ and \ match themselves.</summary>
    public static string Like(string term) =>
        "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
