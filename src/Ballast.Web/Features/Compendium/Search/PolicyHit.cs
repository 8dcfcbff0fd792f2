namespace Ballast.Web.Features.Compendium;

/// <summary>A policy as a list shows it: its status as read today, and its title and a snippet of its text with
/// the search hits marked (HTML, encoded before marking).</summary>
public sealed record PolicyHit(Policy Policy, PolicyStatus Status, string TitleHtml, string SnippetHtml)
{
    public static PolicyHit Of(Policy p, IReadOnlyList<string> terms, DateOnly today)
    {
        var text = terms.Count == 0 ? p.Summary
            : Highlight.Contains(p.Summary, terms) || !Highlight.Contains(p.FullText, terms) ? p.Summary ?? p.FullText : p.FullText;
        var snippet = terms.Count > 0 && Highlight.Contains(p.DocumentNumber, terms) && !Highlight.Contains(text, terms)
            ? Highlight.Marked(p.DocumentNumber, terms) : Highlight.Snippet(text, terms);
        return new(p, PolicyStatuses.Effective(p, today), Highlight.Marked(p.Title, terms), snippet);
    }
}
