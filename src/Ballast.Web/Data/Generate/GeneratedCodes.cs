using System.Globalization;

namespace Ballast.Web.Data.Generate;

/// <summary>Codes that pass Ballast's own checks: USCCs with valid GB 11714 and GB 32100 check
/// characters, and project codes in the GB/T 40058 layout, unique among those already stored.</summary>
internal sealed class GeneratedCodes(Draws draw, IEnumerable<string> taken)
{
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private readonly HashSet<string> _projectCodes = new(taken, StringComparer.Ordinal);

    public string Uscc(string region)
    {
        Span<int> digits = stackalloc int[8];
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            digits[i] = draw.Between(0, 9);
            sum += digits[i] * OrgWeights[i];
        }
        var c = 11 - (sum % 11);
        var org = string.Concat(digits.ToArray()) + (c == 10 ? "X" : c == 11 ? "0" : c.ToString(CultureInfo.InvariantCulture));
        var first17 = "91" + region + org;
        return first17 + Common.Codes.Uscc.ComputeCheckChar(first17);
    }

    /// <summary>A code dated by the month the project was registered (备案), in its district's region.</summary>
    public string ProjectCode(DateOnly registered, string region)
    {
        string code;
        do
        {
            code = string.Create(CultureInfo.InvariantCulture, $"{registered:yyMM}-{region}-04-01-{draw.Between(0, 999_999):000000}");
        }
        while (!_projectCodes.Add(code));
        return code;
    }
}
