namespace Ballast.Web.Features.Compendium;

/// <summary>The codes of a list condition, as stored: separated by ",", trimmed, without empties or repeats.</summary>
public static class ConditionValues
{
    public static IReadOnlyList<string> Split(string? values) =>
        [.. (values ?? "").Split([',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)];

    public static string Join(IEnumerable<string> codes) =>
        string.Join(',', codes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal));

    /// <summary>A region code covers itself and, when it ends in 00 or 0000, the districts below it (370200 covers 370211).</summary>
    public static bool RegionCovers(string listed, string firm)
    {
        var prefix = listed.EndsWith("0000", StringComparison.Ordinal) ? listed[..2] : listed.EndsWith("00", StringComparison.Ordinal) ? listed[..4] : listed;
        return string.Equals(listed, firm, StringComparison.Ordinal) || (prefix.Length < listed.Length && firm.StartsWith(prefix, StringComparison.Ordinal));
    }
}
