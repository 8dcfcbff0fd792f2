using Ballast.Web.Common.Text;

namespace Ballast.Web.Common.Validation;

/// <summary>The land a project or a firm uses, checked the same on every channel. Pure: the caller gives today.
/// Parcel codes: 宗地代码 (GB/T 13923, 19 characters, e.g. 370211001001GB00001), 不动产单元代码 (28 characters,
/// e.g. 370211001001GB00001F00010001) and the local numbers land offices still use (e.g. QD-HD-2023-017): upper-case
/// letters, digits and single inner hyphens, at most 40, typed in any width or case.</summary>
public static class LandRules
{
    public const decimal MaxAreaMu = 100_000m;
    public const int MaxParcelLength = 40;

    /// <summary>Half-width, no spaces, upper case; empty as null.</summary>
    public static string? NormaliseParcel(string? code) => string.IsNullOrWhiteSpace(code) ? null : TextNormalizer.Code(code);

    public static List<(string Field, string Message)> Check(IUsesLand land, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(land);
        var errors = new List<(string, string)>();
        if (land.LandAreaMu is { } mu && (mu <= 0 || mu > MaxAreaMu))
        {
            errors.Add((nameof(land.LandAreaMu), "用地面积须大于 0 且不超过 100,000 亩"));
        }
        if (land.ParcelCode is { } code && !IsParcelCode(code))
        {
            errors.Add((nameof(land.ParcelCode), "宗地编码只能含大写字母、数字和连字符，不超过40位"));
        }
        // The earliest date is every date's (Plausible.FirstYear): rights granted before 1990 predate any record kept here.
        if (land.LandRightOn is { } on && on > today)
        {
            errors.Add((nameof(land.LandRightOn), "土地使用权取得日期不能晚于今天"));
        }
        if (land.IsStandardLand && land.LandAreaMu is null)
        {
            errors.Add((nameof(land.LandAreaMu), "标准地须填写用地面积"));
        }
        return errors;
    }

    public static bool IsParcelCode(string code) =>
        code.Length is > 0 and <= MaxParcelLength && code[0] != '-' && code[^1] != '-' && !code.Contains("--", StringComparison.Ordinal)
        && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-');
}
