using System.Globalization;
using Ballast.Web.Common.Text;

namespace Ballast.Web.Common.Codes;

/// <summary>
/// Investment project code 投资项目代码. Both formats are 4-6-2-2-6 digits joined by hyphens.
/// The GB/T 40058 check-digit algorithm is not public, so only the format is validated.
/// </summary>
public static class ProjectCode
{
    public const int Length = 24;

    private const string FormatMessage = "项目代码格式应为 2104-370200-04-01-498806";
    private const int LegacyFirstYear = 1990;
    private const int LegacyLastYear = 2030;

    // Segment boundaries: hyphens sit at these indexes, digits everywhere else.
    private static readonly int[] HyphenIndexes = [4, 11, 14, 17];

    public static ProjectCodeResult Check(string? input)
    {
        var value = TextNormalizer.Code(input);

        if (value.Length == 0)
        {
            return Invalid(value, "请填写项目代码");
        }

        if (!HasLayout(value))
        {
            return Invalid(value, FormatMessage);
        }

        var region = value.Substring(5, 6);
        if (!RegionCode.IsWellFormed(region))
        {
            return Invalid(value, $"第2段“{region}”不是有效的行政区划代码（如 370200）");
        }

        // Any YY is accepted for the standard format; only the month is checked.
        var mm = int.Parse(value.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture);

        // Standard is tried first. A prefix such as 2012 reads both as December 2020 (standard) and
        // as the year 2012 (legacy). Legacy codes were issued by the online approval platform from
        // about 2015, so a legacy reading of 2001–2012 is implausible, while every code issued now
        // is standard. The stored value is the same either way; only the reported format differs.
        if (mm is >= 1 and <= 12)
        {
            return new ProjectCodeResult(value, true, ProjectCodeFormat.Standard, null);
        }

        var year = int.Parse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is >= LegacyFirstYear and <= LegacyLastYear)
        {
            return new ProjectCodeResult(value, true, ProjectCodeFormat.Legacy, null);
        }

        return Invalid(value, $"第1段“{value[..4]}”应为年月（如 2104）或旧格式的年份（如 2020）");
    }

    private static bool HasLayout(string value)
    {
        if (value.Length != Length)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var ok = Array.IndexOf(HyphenIndexes, i) >= 0 ? value[i] == '-' : char.IsAsciiDigit(value[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static ProjectCodeResult Invalid(string value, string problem) => new(value, false, null, problem);
}
