using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>Setting a year's rule, the same for the page, the API and the demo. A change recomputes the rewards of that
/// year that are computed but not yet confirmed (their confirmations start again, since they agreed to another figure);
/// confirmed, noticed and paid rewards keep the figures they were confirmed with. Every change is audited.</summary>
public sealed class RewardRuleSave(AppDbContext db, Texts t)
{
    public async Task<RecordSave<RewardRule>> SaveAsync(RewardRuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = InputRules.Validate(input, t);
        if (input.PolicyId is { } policy && !await db.Policies.IgnoreQueryFilters().AnyAsync(p => p.Id == policy))
        {
            errors.Add((nameof(input.PolicyId), "依据政策不存在"));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<RewardRule>(errors);
        }
        var rule = await db.RewardRules.SingleOrDefaultAsync(r => r.Year == input.Year);
        if (rule is null)
        {
            rule = new RewardRule { Title = "" };
            db.RewardRules.Add(rule);
        }
        else if (rule.Version != input.Version)
        {
            return new RecordSave<RewardRule>(SaveOutcome.Conflict, null, [("", "该规则已被他人修改，您的修改未保存。请核对后重新填写。")], rule);
        }
        input.ApplyTo(rule);
        // The rule is not a concurrency-token entity: its version is checked above and moved here.
        rule.Version++;
        if (rule.Id != 0)
        {
            await RecomputeAsync(rule);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.RewardRules.AsNoTracking().SingleAsync(r => r.Year == input.Year);
            return new RecordSave<RewardRule>(SaveOutcome.Conflict, null, [("", "该规则已被他人修改，您的修改未保存。请核对后重新填写。")], current);
        }
        return Saves.Saved(rule);
    }

    /// <summary>Only rewards waiting for their joint confirmation follow the new figures.</summary>
    private async Task RecomputeAsync(RewardRule rule)
    {
        var terms = RewardTerms.Of(rule);
        var waiting = await db.ReferralRewards.IgnoreQueryFilters().Include(r => r.Confirmations)
            .Where(r => r.RuleId == rule.Id && r.State == RewardState.Computed).ToListAsync();
        foreach (var reward in waiting)
        {
            var c = RewardCalculator.Compute(terms, reward.FormedWan ?? 0, reward.ReferrerCategory);
            if (c.ComputedWan == reward.ComputedWan && c.RewardWan == reward.RewardWan && !c.Refused)
            {
                continue;
            }
            RewardSave.Apply(reward, c);
            foreach (var line in reward.Confirmations)
            {
                RewardSave.Clear(line);
            }
        }
    }
}
