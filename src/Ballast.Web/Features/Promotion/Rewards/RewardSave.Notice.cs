using Ballast.Web.Common.Validation;
using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

public sealed partial class RewardSave
{
    /// <summary>Starts the public notice; it runs to the start plus the rule's notice days, both days included.</summary>
    public async Task<RecordSave<ReferralReward>> StartNoticeAsync(int id, NoticeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await StepAsync(id, RewardStep.Notice, input, input.Version, reward =>
        {
            if (input.NoticeFrom > Today)
            {
                return [(nameof(input.NoticeFrom), "公示开始日期不能晚于今天")];
            }
            reward.NoticeFrom = input.NoticeFrom;
            reward.NoticeTo = input.NoticeFrom!.Value.AddDays(reward.Rule!.NoticeDays);
            reward.State = RewardState.InNotice;
            return [];
        });
    }

    /// <summary>An objection during the notice, or (by the office) the handling of the last one.</summary>
    public async Task<RecordSave<ReferralReward>> ObjectAsync(int id, ObjectionInput input, bool handling)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await StepAsync(id, RewardStep.Objection, input, null, reward =>
        {
            if (handling && !RewardObjections.Unresolved(reward.NoticeObjection))
            {
                return [(nameof(input.Text), "没有待处理的异议")];
            }
            var line = RewardObjections.Line(handling, Today, input.Text!);
            var log = string.IsNullOrEmpty(reward.NoticeObjection) ? line : reward.NoticeObjection + "\n" + line;
            if (log.Length > 1000)
            {
                return [(nameof(input.Text), "异议记录已满1000字，请精简后再登记")];
            }
            reward.NoticeObjection = log;
            return [];
        });
    }

    /// <summary>The payment, once the notice has ended (the day after its last day at the earliest) with every objection
    /// handled; no more than the reward.</summary>
    public async Task<RecordSave<ReferralReward>> PayAsync(int id, PaymentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await StepAsync(id, RewardStep.Payment, input, input.Version, reward =>
        {
            var errors = new List<(string, string)>();
            if (Today <= reward.NoticeTo || input.PaidOn <= reward.NoticeTo)
            {
                errors.Add((nameof(input.PaidOn), t["公示期至{0}，期满后方可支付", $"{reward.NoticeTo:yyyy-MM-dd}"].Value));
            }
            else if (input.PaidOn > Today)
            {
                errors.Add((nameof(input.PaidOn), "支付日期不能晚于今天"));
            }
            if (RewardObjections.Unresolved(reward.NoticeObjection))
            {
                errors.Add(("", "公示期内的异议尚未处理，不能支付"));
            }
            if (input.PaidWan > reward.RewardWan)
            {
                errors.Add((nameof(input.PaidWan), t["支付金额不能超过核定奖励{0}万元", RewardCalculator.Wan(reward.RewardWan ?? 0)].Value));
            }
            if (errors.Count > 0)
            {
                return errors;
            }
            reward.PaidOn = input.PaidOn;
            reward.PaidWan = input.PaidWan;
            reward.PaymentReference = input.PaymentReference!.Trim();
            reward.State = RewardState.Paid;
            return errors;
        });
    }

    /// <summary>The office's reopening: back to registered, figures, confirmations and notice cleared, the reason kept.</summary>
    public async Task<RecordSave<ReferralReward>> ReopenAsync(int id, ReopenInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await StepAsync(id, RewardStep.Reopen, input, input.Version, reward =>
        {
            reward.State = RewardState.Registered;
            reward.ComputedWan = reward.RewardWan = null;
            reward.NoticeFrom = reward.NoticeTo = null;
            reward.RefusalReason = t["重新办理：{0}", input.Reason!.Trim()].Value;
            db.RewardConfirmations.RemoveRange(reward.Confirmations);
            return [];
        });
    }

    private async Task<RecordSave<ReferralReward>> StepAsync(int id, RewardStep step, object input, int? version,
        Func<ReferralReward, List<(string Field, string Message)>> apply)
    {
        var reward = await db.ReferralRewards.Include(r => r.Rule).Include(r => r.Confirmations).SingleOrDefaultAsync(r => r.Id == id);
        if (reward is null)
        {
            return Saves.NotFound<ReferralReward>();
        }
        var errors = InputRules.Validate(input, t);
        errors.AddRange(RewardSteps.Check(reward.State, step, t));
        if (errors.Count > 0)
        {
            return Saves.Invalid<ReferralReward>(errors);
        }
        if (!scope.CanWrite(reward.OwnerUnitId))
        {
            return Saves.Forbidden<ReferralReward>("", "数据范围之外的记录不能修改");
        }
        if (version is { } v)
        {
            db.Entry(reward).Property(r => r.Version).OriginalValue = v;
        }
        errors = apply(reward);
        return errors.Count > 0 ? Saves.Invalid<ReferralReward>(errors) : await SaveAsync(reward);
    }
}
