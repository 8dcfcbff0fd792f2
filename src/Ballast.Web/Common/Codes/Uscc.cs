using System.Globalization;
using Ballast.Web.Common.Text;

namespace Ballast.Web.Common.Codes;

/// <summary>Unified Social Credit Code 统一社会信用代码 (GB 32100-2015).</summary>
public static class Uscc
{
    public const int Length = 18;

    // The 31 symbols, in value order 0..30; I O Z S V are excluded to avoid confusion with 1 0 2 5 U.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private const string ExcludedLetters = "IOZSV";

    // W_i = 3^(i-1) mod 31, i = 1..17.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // GB 11714 organisation code (positions 9–17): weights for its first 8 characters.
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static UsccResult Check(string? input)
    {
        var value = TextNormalizer.Code(input);

        var formatProblem = FormatProblem(value);
        if (formatProblem is not null)
        {
            return new UsccResult(value, UsccStatus.Malformed, formatProblem);
        }

        // Both checks are reported as warnings, never rejections: some early codes were legally
        // issued with failing check characters (see cn-standards.md).
        var problems = new List<string>(2);

        var expected = ComputeCheckChar(value[..17]);
        if (value[17] != expected)
        {
            problems.Add($"校验位不符（应为 {expected}）");
        }

        var expectedOrg = ComputeOrgCheckChar(value.AsSpan(8, 8));
        if (value[16] != expectedOrg)
        {
            problems.Add($"组织机构代码（第9–17位）校验位不符（第17位应为 {expectedOrg}）");
        }

        return problems.Count == 0
            ? new UsccResult(value, UsccStatus.Valid, null)
            : new UsccResult(value, UsccStatus.CheckFailed, string.Join("；", problems));
    }

    /// <summary>
    /// Length, character set and the digit-only region part (positions 3–8). No normalisation and
    /// no check characters: pass an already normalised value.
    /// </summary>
    public static bool IsWellFormed(string value) => FormatProblem(value) is null;

    /// <summary>The 18th character for the given first 17 characters.</summary>
    public static char ComputeCheckChar(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Expected the first 17 characters of a code.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var v = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (v < 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Character '{first17[i]}' at index {i} is not in the code alphabet."),
                    nameof(first17));
            }

            sum += v * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static string? FormatProblem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        if (value.Length == 0)
        {
            return "请填写统一社会信用代码";
        }

        if (value.Length != Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"统一社会信用代码应为18位（现为{value.Length}位）");
        }

        var bad = value.Where(c => !Alphabet.Contains(c, StringComparison.Ordinal)).Distinct().ToArray();
        if (bad.Length > 0)
        {
            return bad.All(c => ExcludedLetters.Contains(c, StringComparison.Ordinal))
                ? "含有不允许的字符（不使用 I、O、Z、S、V）"
                : $"含有不允许的字符“{string.Join("、", bad)}”（只用数字和大写字母，不使用 I、O、Z、S、V）";
        }

        // The registering authority's GB/T 2260 region code is always numeric.
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return "第3–8位（登记管理机关行政区划码）应为数字";
            }
        }

        // Position 1 (registering authority) is deliberately not restricted to a list: besides
        // 1/5/9/Y, authorities such as A (军队) and N (农业) issue codes, and a wrong position 1
        // already fails the mod-31 check, which the user can override.
        return null;
    }

    // GB 11714: C = 11 − (Σ v_i·w_i mod 11) with digits 0–9 and A–Z = 10–35; 10 → X, 11 → 0.
    private static char ComputeOrgCheckChar(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < first8.Length; i++)
        {
            var c = first8[i];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * OrgWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var d => (char)('0' + d),
        };
    }
}
