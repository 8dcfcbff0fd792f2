using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Checks on a park's profile that annotations cannot express. Messages come back localised.</summary>
public static class ParkRules
{
    /// <summary>The earliest plausible listing date; a later one than a year ahead is a typing slip too.</summary>
    public static readonly DateOnly FirstListing = new(2000, 1, 1);

    public static async Task<List<(string Field, string Message)>> CheckAsync(AppDbContext db, Texts t, ParkInput input, int? id, DateOnly today)
    {
        var errors = InputRules.Validate(input, t);
        if (!Enum.IsDefined(input.Status))
        {
            errors.Add((nameof(input.Status), t["请选择园区状态"]));
        }
        // Used land cannot exceed the plan: a larger figure is a typing slip or a plan that needs changing first.
        if (input.PlannedAreaMu is { } planned && input.UsedAreaMu is { } used && used > planned)
        {
            errors.Add((nameof(input.UsedAreaMu), t["已利用面积（{0} 亩）不能大于规划面积（{1} 亩）", Amounts.Number(used), Amounts.Number(planned)]));
        }
        if (input.ListedOn is { } listed && (listed < FirstListing || listed > today.AddYears(1)))
        {
            errors.Add((nameof(input.ListedOn), t["挂牌日期须在 {0} 至 {1} 之间", Day(FirstListing), Day(today.AddYears(1))]));
        }
        if (input.Status == ParkStatus.Listed && input.ListedOn is null)
        {
            errors.Add((nameof(input.ListedOn), t["已挂牌的园区须填写挂牌日期"]));
        }
        if (input.Status == ParkStatus.Preparing && input.ListedOn is not null)
        {
            errors.Add((nameof(input.Status), t["填写了挂牌日期的园区状态不能为筹建"]));
        }
        if (input.ChainId is > 0 and var chain)
        {
            if (!await db.Chains.AnyAsync(c => c.Id == chain))
            {
                errors.Add((nameof(input.ChainId), t["所选产业链不存在"]));
            }
            else if (await db.Parks.Where(p => p.ChainId == chain && p.Id != (id ?? 0)).Select(p => p.Unit!.Name).FirstOrDefaultAsync() is { } other)
            {
                // One park, one industry (一园一业).
                errors.Add((nameof(input.ChainId), t["该产业链已是“{0}”的主导产业，一园一业，不能重复", other]));
            }
        }
        return errors;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
