namespace Ballast.Web.Features.Compendium;

/// <summary>Whether a contact number could be dialled: a landline with its area code (0532-85911234), a
/// mobile (13812345678), a service line (12345, 400-…), with an optional extension (转 or -).</summary>
public static class Phones
{
    public static string Clean(string phone) => Common.Text.TextNormalizer.ToHalfWidth(phone).Trim();

    public static bool IsPlausible(string phone)
    {
        var allowed = phone.All(c => char.IsAsciiDigit(c) || c is '-' or ' ' or '(' or ')' or '+' or '转' or ',' or '、');
        var digits = phone.Count(char.IsAsciiDigit);
        return allowed && digits is >= 5 and <= 20 && char.IsAsciiDigit(phone.TrimStart('+', '(')[0]);
    }
}
