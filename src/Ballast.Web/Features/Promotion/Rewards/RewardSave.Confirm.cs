using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

public sealed partial class RewardSave
{
    /// <summary>One unit's line of the joint confirmation, by a user of that very unit (not its parent, not the office):
    /// all lines agreed makes the reward confirmed; a disagreement keeps it computed, with the unit's reason, until the
    /// investment is confirmed again or the unit agrees.</summary>
    public async Task<RecordSave<ReferralReward>> ConfirmAsync(int id, ConfirmationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The confirming units read the case even when it is another unit's.
        var reward = await db.ReferralRewards.IgnoreQueryFilters().Include(r => r.Confirmations).SingleOrDefaultAsync(r => r.Id == id);
        if (reward is null || !(scope.CanRead(reward.OwnerUnitId) || reward.Confirmations.Any(c => scope.UnitIds.Contains(c.UnitId))))
        {
            return Saves.NotFound<ReferralReward>();
        }
        var errors = InputRules.Validate(input, t);
        errors.AddRange(RewardSteps.Check(reward.State, RewardStep.Confirmation, t));
        if (!input.Agreed && string.IsNullOrWhiteSpace(input.Note))
        {
            errors.Add((nameof(input.Note), "不同意时请写明理由"));
        }
        var line = reward.Confirmations.FirstOrDefault(c => c.UnitId == input.UnitId);
        if (line is null && errors.Count == 0)
        {
            errors.Add((nameof(input.UnitId), "该单位不是本案件的确认单位"));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<ReferralReward>(errors);
        }
        if (!scope.WritesBusiness || !scope.UnitIds.Contains(input.UnitId))
        {
            return Saves.Forbidden<ReferralReward>(nameof(input.UnitId), "只能为本单位确认：请由该单位的人员办理");
        }
        line!.Agreed = input.Agreed;
        line.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        line.ByUser = scope.UserName;
        line.At = time.GetUtcNow();
        if (reward.Confirmations.All(c => c.Agreed == true))
        {
            reward.State = RewardState.Confirmed;
        }
        // The state follows from the confirmations: a confirming unit writes it even where the case is another unit's.
        using (scope.WritingFor(reward.OwnerUnitId))
        {
            return await SaveAsync(reward);
        }
    }
}
