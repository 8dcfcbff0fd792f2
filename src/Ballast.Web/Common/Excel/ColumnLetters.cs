namespace Ballast.Web.Common.Excel;

internal static class ColumnLetters
{
    /// <summary>"A" → 0, "AA" → 26.</summary>
    public static int ToIndex(string letters)
    {
        var n = 0;
        foreach (var c in letters)
        {
            n = (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return n - 1;
    }

    public static string FromIndex(int index)
    {
        var s = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }
}
