using Ballast.Web.Common.Codes;
using Ballast.Web.Common.Validation;

namespace Ballast.Web.Features.Enterprises;

/// <summary>What a firm's fields must say beyond their annotations. Pure: the caller gives today.
/// Returns (field, Chinese message) pairs; the code is normalised in place.</summary>
public static class EnterpriseRules
{
    public static readonly DateOnly EarliestFounding = new(1800, 1, 1);

    public static List<(string Field, string Message)> Check(EnterpriseInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.ParcelCode = LandRules.NormaliseParcel(input.ParcelCode);
        var errors = LandRules.Check(input, today);
        if (!string.IsNullOrWhiteSpace(input.Uscc))
        {
            var uscc = Uscc.Check(input.Uscc);
            input.Uscc = uscc.Value;
            if (uscc.Status == UsccStatus.Malformed)
            {
                errors.Add((nameof(input.Uscc), uscc.Problem!));
            }
            else if (uscc.Status == UsccStatus.CheckFailed && string.IsNullOrWhiteSpace(input.UsccNote))
            {
                // Early pilot codes were legally issued yet fail the check: kept only with a reason.
                errors.Add((nameof(input.UsccNote), $"{uscc.Problem}。如确认无误，请填写保留说明"));
            }
        }
        else if (string.IsNullOrWhiteSpace(input.Country) && !input.NotRegistered)
        {
            errors.Add((nameof(input.Uscc), "请填写统一社会信用代码；境外企业请填写国别（地区），尚未注册的企业请勾选“尚未注册”"));
        }
        if (input.FoundedOn is { } founded && (founded < EarliestFounding || founded > today))
        {
            errors.Add((nameof(input.FoundedOn), "成立日期须在1800年之后且不晚于今天"));
        }
        if (input.FormerNames is { } former && former.Split('；', ';').Any(n => n.Trim() == input.Name.Trim()))
        {
            errors.Add((nameof(input.FormerNames), "曾用名不能与现名称相同"));
        }
        return errors;
    }
}
