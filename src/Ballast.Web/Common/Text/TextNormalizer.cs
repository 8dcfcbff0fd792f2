using System.Text;

namespace Ballast.Web.Common.Text;

/// <summary>
/// Normalises text typed or pasted by users: Chinese input methods often produce full-width
/// letters, digits and spaces, which must compare equal to their ASCII forms.
/// </summary>
public static class TextNormalizer
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0; // U+FF01 − U+0021
    private const char IdeographicSpace = '\u3000';

    /// <summary>Maps full-width ASCII (U+FF01–U+FF5E) to ASCII and U+3000 to a space.</summary>
    public static string ToHalfWidth(string s)
    {
        ArgumentNullException.ThrowIfNull(s);

        // Most input is already half-width: return it without allocating.
        var first = IndexOfFullWidth(s);
        if (first < 0)
        {
            return s;
        }

        return string.Create(s.Length, (s, first), static (span, state) =>
        {
            var (source, start) = state;
            source.AsSpan(0, start).CopyTo(span);
            for (var i = start; i < source.Length; i++)
            {
                span[i] = ToHalfWidth(source[i]);
            }
        });
    }

    /// <summary>
    /// Null → "", then half-width, trimmed, and every inner whitespace run collapsed to one space.
    /// </summary>
    public static string Clean(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var half = ToHalfWidth(s);
        var sb = new StringBuilder(half.Length);
        var pendingSpace = false;
        foreach (var c in half)
        {
            if (char.IsWhiteSpace(c))
            {
                // Leading whitespace is dropped; inner runs become one space once text follows.
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // Dash look-alikes that Word, IMEs and web pages substitute for '-' (full-width U+FF0D is
    // already '-' after the half-width step).
    private const string Dashes = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFE58";

    /// <summary>
    /// A code as typed (project code, USCC, region code): half-width, every whitespace (U+3000
    /// too) removed, dash look-alikes as '-', upper case. The one normalisation every channel uses,
    /// so that a code typed in a form and one pasted into a sheet compare equal.
    /// </summary>
    public static string Code(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(s.Length);
        foreach (var c in ToHalfWidth(s))
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(Dashes.Contains(c, StringComparison.Ordinal) ? '-' : char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static char ToHalfWidth(char c) => c switch
    {
        >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
        IdeographicSpace => ' ',
        _ => c,
    };

    private static int IndexOfFullWidth(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is (>= FullWidthFirst and <= FullWidthLast) or IdeographicSpace)
            {
                return i;
            }
        }

        return -1;
    }
}
