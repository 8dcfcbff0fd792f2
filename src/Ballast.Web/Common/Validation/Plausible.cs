namespace Ballast.Web.Common.Validation;

/// <summary>What any input may hold, whatever the record: one definition shared by every channel.
/// Fields that know better say so with their own annotations.</summary>
public static class Plausible
{
    /// <summary>Dates and years the programme can mean (plans, periods, signings, referrals).</summary>
    public const int FirstYear = 1990;
    public const int LastYear = 2100;

    /// <summary>The cap on a text with no length of its own: a long narrative, not a document.</summary>
    public const int MaxText = 4000;

    /// <summary>Any amount or count beyond this is a typing slip (万元 columns are decimal(18,4)).</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>C0 and C1 controls (tab and line breaks excepted, for multi-line notes) and the
    /// bidirectional overrides and isolates that make a name read differently from what it holds.</summary>
    public static bool IsHiddenControl(char c) =>
        (char.IsControl(c) && c is not '\t' and not '\n' and not '\r')
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF';
}
