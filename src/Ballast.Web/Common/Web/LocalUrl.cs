using System.Text;

namespace Ballast.Web.Common.Web;

/// <summary>Where a "go back to" value may send the browser: a path on this site only. Anything that
/// a browser could read as another host (<c>//evil</c>, <c>/\evil</c>, <c>https://evil</c>,
/// <c>javascript:</c>), that carries control characters (browsers drop tabs and newlines, turning
/// <c>/&#9;/evil</c> into <c>//evil</c>), or that is empty or too long, falls back. What is kept is
/// percent-encoded to plain ASCII, which every server can put in a Location header.</summary>
public static class LocalUrl
{
    public const int MaxLength = 2048;

    /// <summary>The value as a local address, else the home page.</summary>
    public static string OrRoot(string? url) => IsLocal(url) ? Escape(url!) : "/";

    /// <summary>A fixed path with the query the page was shown with (<c>?…</c>), when that query is safe to keep.</summary>
    public static string WithQuery(string path, string? query) =>
        query is { Length: > 1 and <= MaxLength } q && q[0] == '?' && Clean(q) ? path + Escape(q) : path;

    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= MaxLength } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\')) && Clean(url);

    // A backslash is a slash to a browser: none is needed in a path Ballast makes.
    private static bool Clean(string url) => !url.Any(c => char.IsControl(c) || c == '\\');

    private static string Escape(string url)
    {
        var text = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F)
            {
                text.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return text.ToString();
    }
}
