using System.Net;
using System.Text;

namespace Ballast.Web.Features.Compendium;

/// <summary>Marks search hits with &lt;mark&gt; in text that is HTML-encoded first, piece by piece, so a stored
/// "&lt;script&gt;" stays text. The same on both engines, whichever found the hit.</summary>
public static class Highlight
{
    public static string Marked(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var html = new StringBuilder();
        var at = 0;
        while (Next(text, at, terms) is { } hit)
        {
            html.Append(WebUtility.HtmlEncode(text[at..hit.Start])).Append("<mark>")
                .Append(WebUtility.HtmlEncode(text.Substring(hit.Start, hit.Length))).Append("</mark>");
            at = hit.Start + hit.Length;
        }
        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    /// <summary>A window of the text around its first hit (or its opening when none), marked.</summary>
    public static string Snippet(string? text, IReadOnlyList<string> terms, int around = 40)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var flat = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var first = Next(flat, 0, terms)?.Start ?? 0;
        var start = Math.Max(0, first - around);
        var end = Math.Min(flat.Length, first + (2 * around));
        return (start > 0 ? "…" : "") + Marked(flat[start..end], terms) + (end < flat.Length ? "…" : "");
    }

    public static bool Contains(string? text, IReadOnlyList<string> terms) => text is not null && Next(text, 0, terms) is not null;

    private static (int Start, int Length)? Next(string text, int from, IReadOnlyList<string> terms)
    {
        (int Start, int Length)? best = null;
        foreach (var term in terms)
        {
            var i = text.IndexOf(term, from, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && (best is null || i < best.Value.Start || (i == best.Value.Start && term.Length > best.Value.Length)))
            {
                best = (i, term.Length);
            }
        }
        return best;
    }
}
