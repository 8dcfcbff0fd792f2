using System.Text.RegularExpressions;

namespace Ballast.Tests.Auth;

/// <summary>Passwords built from chosen character classes, and the error shown under a form field.</summary>
public static partial class PasswordRules
{
    public static readonly IReadOnlyDictionary<char, string> Classes = new Dictionary<char, string>
    {
        ['U'] = "ABCDEFGHJKMNPQRSTUVWXYZ",
        ['L'] = "abcdefghijkmnpqrstuvwxyz",
        ['D'] = "0123456789",
        ['S'] = "!@#$%^&*-_=+.,;:?",
    };

    /// <summary>Every combination of the four classes ("U", "UL", … "ULDS").</summary>
    public static IEnumerable<string> Combinations() =>
        Enumerable.Range(1, 15).Select(mask => string.Concat("ULDS".Where((_, i) => (mask & (1 << i)) != 0)));

    /// <summary>A password of the given length mixing exactly the named classes.</summary>
    public static string Make(string classes, int length, int seed)
    {
        var random = new Random(seed);
        var chars = Enumerable.Range(0, length).Select(i => Classes[classes[i % classes.Length]]).Select(set => set[random.Next(set.Length)]).ToArray();
        return new string(chars);
    }

    /// <summary>The message in the validation span of a field, or "" when it has none.</summary>
    public static string FieldError(string html, string field)
    {
        var m = Regex.Match(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)<", RegexOptions.CultureInvariant);
        return m.Success ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : "";
    }
}
