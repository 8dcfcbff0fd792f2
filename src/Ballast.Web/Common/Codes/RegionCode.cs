using Ballast.Web.Common.Text;

namespace Ballast.Web.Common.Codes;

/// <summary>
/// GB/T 2260 administrative division codes: 2 digits province, 2 city, 2 county. Only the code
/// structure lives here; names (and retired codes) are data in the database.
/// </summary>
public static class RegionCode
{
    public const int Length = 6;

    // Province-level prefixes of GB/T 2260, unchanged since Chongqing (50) was added in 1997.
    // Stricter than "11–82": 16–20, 24–30 etc. are not provinces.
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15,
        21, 22, 23,
        31, 32, 33, 34, 35, 36, 37,
        41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54,
        61, 62, 63, 64, 65,
        71,
        81, 82,
    ];

    /// <summary>A region code as typed ("３７０２１１", "370 211"), in the form every channel compares.</summary>
    public static string Normalise(string? input) => TextNormalizer.Code(input);

    /// <summary>Six ASCII digits whose first two are a province. Does not trim or normalise.</summary>
    public static bool IsWellFormed(string? code)
    {
        if (code is null || code.Length != Length)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return Provinces.Contains(((code[0] - '0') * 10) + (code[1] - '0'));
    }

    /// <summary>County if the last two digits are not 00, City if the last four are not 0000, else Province.</summary>
    /// <exception cref="ArgumentException">The code is not well-formed.</exception>
    public static RegionLevel LevelOf(string code)
    {
        EnsureWellFormed(code);

        if (code[4] != '0' || code[5] != '0')
        {
            return RegionLevel.County;
        }

        return code[2] != '0' || code[3] != '0' ? RegionLevel.City : RegionLevel.Province;
    }

    /// <summary>
    /// The enclosing code by structure (370211 → 370200 → 370000 → null). A county whose city
    /// digits are 00 gets its province. The parent may not exist as a row (e.g. 4290xx).
    /// </summary>
    /// <exception cref="ArgumentException">The code is not well-formed.</exception>
    public static string? ParentOf(string code) => LevelOf(code) switch
    {
        RegionLevel.County => string.Concat(code.AsSpan(0, 4), "00"),
        RegionLevel.City => string.Concat(code.AsSpan(0, 2), "0000"),
        _ => null,
    };

    private static void EnsureWellFormed(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsWellFormed(code))
        {
            throw new ArgumentException("Not a GB/T 2260 region code.", nameof(code));
        }
    }
}
