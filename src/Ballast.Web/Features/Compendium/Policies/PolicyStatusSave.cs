using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Moves a policy to another status with a history row (from, to, day, replaced-by, reason, user).
/// Replaced names the policy in force that replaces it — not itself, and never one that leads back to it.</summary>
public sealed class PolicyStatusSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<PolicySaveResult> ChangeAsync(int id, StatusInput input)
    {
        var policy = await db.Policies.SingleOrDefaultAsync(p => p.Id == id);
        if (policy is null)
        {
            return PolicySaveResult.NotFound;
        }
        if (!scope.CanWrite(policy.OwnerUnitId))
        {
            return new PolicySaveResult(SaveOutcome.Forbidden, null, [("", t["只能修改本单位的政策"])]);
        }
        var now = db.Time.GetUtcNow();
        var today = CityTime.DateOf(now);
        var from = PolicyStatuses.Effective(policy, today);
        if (await ProblemAsync(policy, from, input, today) is { } problem)
        {
            return PolicySaveResult.Invalid(problem.Field, problem.Message);
        }
        db.Entry(policy).Property(p => p.Version).OriginalValue = input.Version;
        Record(policy, from, input, now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new PolicySaveResult(SaveOutcome.Conflict, null, [("", t["该政策已被他人修改，您的修改未保存。请刷新后重新填写。"])]);
        }
        return new PolicySaveResult(SaveOutcome.Saved, policy, []);
    }

    private void Record(Policy policy, PolicyStatus from, StatusInput input, DateTimeOffset now)
    {
        policy.Status = input.To;
        policy.ReplacedById = input.To == PolicyStatus.Replaced ? input.ReplacedById : null;
        policy.UpdatedAt = now;
        db.PolicyStatusChanges.Add(new PolicyStatusChange
        {
            PolicyId = policy.Id, FromStatus = from, ToStatus = input.To, On = input.On ?? CityTime.DateOf(now), ReplacedById = policy.ReplacedById,
            Reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim(), ByUser = scope.UserName, At = now,
        });
    }

    private async Task<(string Field, string Message)?> ProblemAsync(Policy policy, PolicyStatus from, StatusInput input, DateOnly today)
    {
        if (InputRulesOf(input) is { } bad)
        {
            return (nameof(input.Reason), bad);
        }
        if (input.To == from && input.To != PolicyStatus.Replaced)
        {
            return (nameof(input.To), t["政策已是「{0}」状态", t[PolicyStatuses.Name(from)].Value]);
        }
        if (input.To == PolicyStatus.Expired && policy.ExpiresOn is null && input.On is null)
        {
            return (nameof(input.On), t["请填写失效日期"]);
        }
        if (input.To == PolicyStatus.Repealed && string.IsNullOrWhiteSpace(input.Reason))
        {
            return (nameof(input.Reason), t["废止政策请说明依据（如废止文件的文号）"]);
        }
        return input.To == PolicyStatus.Replaced ? await ReplacementProblemAsync(policy, input, today) : null;
    }

    private string? InputRulesOf(StatusInput input) => Common.Validation.InputRules.Validate(input, t) is { Count: > 0 } e ? e[0].Message : null;

    private async Task<(string Field, string Message)?> ReplacementProblemAsync(Policy policy, StatusInput input, DateOnly today)
    {
        const string field = nameof(StatusInput.ReplacedById);
        if (input.ReplacedById is not { } newId)
        {
            return (field, t["被替代的政策须指明替代它的新政策"]);
        }
        if (newId == policy.Id)
        {
            return (field, t["政策不能替代自己"]);
        }
        var replacement = await db.Policies.AsNoTracking().IgnoreQueryFilters().SingleOrDefaultAsync(p => p.Id == newId);
        if (replacement is null)
        {
            return (field, t["替代政策不存在"]);
        }
        if (PolicyStatuses.Effective(replacement, today) != PolicyStatus.InForce)
        {
            return (field, t["替代政策《{0}》不是现行有效的政策", replacement.Title]);
        }
        // Follow the new policy's own replacements: one that leads back here would make a circle.
        var seen = new HashSet<int> { newId };
        for (var next = replacement.ReplacedById; next is { } n; next = await db.Policies.IgnoreQueryFilters()
                 .Where(p => p.Id == n).Select(p => p.ReplacedById).SingleOrDefaultAsync())
        {
            if (n == policy.Id || !seen.Add(n))
            {
                return (field, t["替代关系不能形成循环"]);
            }
        }
        return null;
    }
}
