using System.Text.RegularExpressions;

namespace Ballast.Web.Features.Compendium;

/// <summary>文号 as GB/T 9704 writes them: the year in 六角括号 〔〕. People type [], ［］, 【】 or () instead,
/// with stray spaces; all mean the same number, so they are stored (and searched) one way.</summary>
public static partial class DocumentNumbers
{
    public static string? Normalise(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }
        var compact = Spaces().Replace(number, "");
        return Year().Replace(compact, "〔$1〕");
    }

    /// <summary>A year in any of the brackets people use, inside any text (a search query too).</summary>
    [GeneratedRegex(@"[\[［【(（〔]\s*(\d{4})\s*[\]］】)）〕]")]
    private static partial Regex Year();

    [GeneratedRegex(@"[\s\u3000]+")]
    private static partial Regex Spaces();

    /// <summary>Brackets around a year made 〔〕, the rest of the text left as typed.</summary>
    public static string InText(string text) => Year().Replace(text, "〔$1〕");
}
