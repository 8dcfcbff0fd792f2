using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The one save path of a reward case, for the pages, the API and the demo. Each step is its own action,
/// allowed only from the state before it (<see cref="RewardSteps"/>); the audit trail keeps every change.</summary>
public sealed partial class RewardSave(AppDbContext db, UserScope scope, Texts t, TimeProvider time)
{
    private DateOnly Today => CityTime.Today(time);

    public async Task<RecordSave<ReferralReward>> OpenAsync(RewardOpenInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return Saves.Invalid<ReferralReward>(errors);
        }
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.ProjectId);
        if (project is null)
        {
            return Saves.Invalid<ReferralReward>([(nameof(input.ProjectId), "项目不存在或不在您的数据范围内")]);
        }
        errors.AddRange(RewardEligibility.Check(project));
        var existing = await db.ReferralRewards.IgnoreQueryFilters().Where(r => r.ProjectId == project.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            errors.Add((nameof(input.ProjectId), t["该项目已有奖励案件（编号{0}）：一个项目只有一个引荐人、一个奖励案件", id].Value));
        }
        var signedYear = project.SignedOn?.Year ?? Today.Year;
        var rule = await db.RewardRules.AsNoTracking().OrderBy(r => r.Year <= signedYear ? 0 : 1).ThenByDescending(r => r.Year).FirstOrDefaultAsync();
        if (rule is null)
        {
            errors.Add(("", "尚未设置任何年度的奖励规则：请先在奖励规则中设置"));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<ReferralReward>(errors);
        }
        if (!scope.CanWrite(project.OwnerUnitId))
        {
            return Saves.Forbidden<ReferralReward>("", "数据范围之外的记录不能修改");
        }
        var reward = new ReferralReward
        {
            ProjectId = project.Id, RuleId = rule!.Id, ReferrerCategory = input.ReferrerCategory!.Trim(), State = RewardState.Registered,
            ReferrerIdNumber = string.IsNullOrWhiteSpace(input.ReferrerIdNumber) ? null : input.ReferrerIdNumber.Trim().ToUpperInvariant(),
            OwnerUnitId = project.OwnerUnitId, IsDemo = project.IsDemo,
        };
        db.ReferralRewards.Add(reward);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two people opening the same project's case at once: the unique index keeps one.
            db.ChangeTracker.Clear();
            return Saves.Invalid<ReferralReward>([(nameof(input.ProjectId), "该项目已有奖励案件：一个项目只有一个引荐人、一个奖励案件")]);
        }
        return Saves.Saved(reward);
    }

    /// <summary>Confirms the investment formed and computes the reward by the rule of the year it is confirmed in.
    /// Allowed again while the reward waits for its confirmation (a corrected figure starts the confirmation over).</summary>
    public async Task<RecordSave<ReferralReward>> ConfirmInvestmentAsync(int id, FormedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reward = await db.ReferralRewards.Include(r => r.Confirmations).Include(r => r.Project).SingleOrDefaultAsync(r => r.Id == id);
        if (reward is null)
        {
            return Saves.NotFound<ReferralReward>();
        }
        var errors = InputRules.Validate(input, t);
        errors.AddRange(RewardSteps.Check(reward.State, RewardStep.Investment, t));
        var on = input.ConfirmedOn ?? Today;
        if (on > Today)
        {
            errors.Add((nameof(input.ConfirmedOn), "确认日期不能晚于今天"));
        }
        var rule = await db.RewardRules.AsNoTracking().SingleOrDefaultAsync(r => r.Year == on.Year);
        if (rule is null)
        {
            errors.Add((nameof(input.ConfirmedOn), t["{0}年尚无以商招商奖励规则：请先设置该年度规则", on.Year].Value));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<ReferralReward>(errors);
        }
        if (!scope.CanWrite(reward.OwnerUnitId))
        {
            return Saves.Forbidden<ReferralReward>("", "数据范围之外的记录不能修改");
        }
        db.Entry(reward).Property(r => r.Version).OriginalValue = input.Version;
        reward.FormedWan = input.FormedWan;
        reward.FormedSource = $"{input.FormedSource!.Trim()}（{on:yyyy-MM-dd}确认）";
        reward.RuleId = rule!.Id;
        Apply(reward, RewardCalculator.Compute(RewardTerms.Of(rule), input.FormedWan, reward.ReferrerCategory));
        // A refused case needs no confirmation; a computed one is confirmed again by every unit.
        var units = reward.State == RewardState.Refused ? [] : await RewardUnits.ForAsync(db, reward.Project!);
        db.RewardConfirmations.RemoveRange(reward.Confirmations.Where(c => !units.Contains(c.UnitId)));
        foreach (var unit in units)
        {
            var line = reward.Confirmations.FirstOrDefault(c => c.UnitId == unit);
            if (line is null)
            {
                reward.Confirmations.Add(new RewardConfirmation { UnitId = unit });
            }
            else
            {
                Clear(line);
            }
        }
        return await SaveAsync(reward);
    }

    /// <summary>The rule's figures on the case: computed, or refused with the rule's reason.</summary>
    public static void Apply(ReferralReward reward, RewardComputation c)
    {
        ArgumentNullException.ThrowIfNull(reward);
        ArgumentNullException.ThrowIfNull(c);
        reward.ComputedWan = c.ComputedWan;
        reward.RewardWan = c.RewardWan;
        reward.State = c.Refused ? RewardState.Refused : RewardState.Computed;
        reward.RefusalReason = c.Refusal;
    }

    public static void Clear(RewardConfirmation line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line.Agreed = null;
        line.Note = null;
        line.ByUser = null;
        line.At = null;
    }

    private async Task<RecordSave<ReferralReward>> SaveAsync(ReferralReward reward)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ReferralRewards.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == reward.Id);
            return new RecordSave<ReferralReward>(SaveOutcome.Conflict, null, [("", "该奖励案件已被他人办理，您的操作未保存。请刷新后重试。")], current);
        }
        return Saves.Saved(reward);
    }
}
