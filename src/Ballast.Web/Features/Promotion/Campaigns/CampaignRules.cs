using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;

namespace Ballast.Web.Features.Promotion;

/// <summary>What a campaign must satisfy beyond its annotations, with no I/O: the dates in order and of a plausible
/// length, every visit on a day of the campaign, every row named. Messages are keys, localised by the caller.</summary>
public static class CampaignRules
{
    /// <summary>The longest campaign: a trip or an event, not a standing office.</summary>
    public const int MaxDays = 92;

    public static List<(string Field, string Message)> Check(CampaignInput input, Texts t)
    {
        var errors = InputRules.Validate(input, t);
        if (input.StartsOn == default)
        {
            errors.Add((nameof(input.StartsOn), t["请填写开始日期"].Value));
        }
        if (input.EndsOn == default)
        {
            errors.Add((nameof(input.EndsOn), t["请填写结束日期"].Value));
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        if (input.EndsOn < input.StartsOn)
        {
            errors.Add((nameof(input.EndsOn), t["结束日期不能早于开始日期"].Value));
        }
        else if (input.EndsOn.DayNumber - input.StartsOn.DayNumber + 1 > MaxDays)
        {
            errors.Add((nameof(input.EndsOn), t["一次活动不超过{0}天", MaxDays].Value));
        }
        for (var i = 0; i < input.Members.Count; i++)
        {
            if (!input.Members[i].IsBlank && string.IsNullOrWhiteSpace(input.Members[i].Name))
            {
                errors.Add(($"Members[{i}].Name", t["请填写团组成员姓名"].Value));
            }
        }
        for (var i = 0; i < input.Visits.Count; i++)
        {
            var v = input.Visits[i];
            if (v.IsBlank)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(v.FirmName))
            {
                errors.Add(($"Visits[{i}].FirmName", t["请填写拜访企业名称"].Value));
            }
            if (v.VisitedOn is { } on && (on < input.StartsOn || on > input.EndsOn))
            {
                errors.Add(($"Visits[{i}].VisitedOn", t["拜访日期须在活动日期 {0} 至 {1} 之内", Day(input.StartsOn), Day(input.EndsOn)].Value));
            }
        }
        return errors;
    }

    /// <summary>A lead is gathered during the campaign or after it, never before it began.</summary>
    public static string? GatheredOn(DateOnly gatheredOn, DateOnly startsOn, DateOnly today) =>
        gatheredOn < startsOn ? "线索获取日期不能早于活动开始日期"
        : gatheredOn > today ? "线索获取日期不能晚于今天"
        : null;

    /// <summary>A project signed before the campaign began was not brought by it.</summary>
    public static string? Linkable(DateOnly? signedOn, DateOnly startsOn) =>
        signedOn is { } s && s < startsOn ? "该项目在活动开始前已签约，不能计为本次活动的成果" : null;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
