using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Creating and changing a policy, the same for the page, the API, the import and the demo: rules,
/// references, the 文号's uniqueness, the owner and its scope, optimistic concurrency. Nothing is written unless
/// every check passes. The public code is drawn once, at creation, and never touched again.</summary>
public sealed class PolicySave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<PolicySaveResult> CreateAsync(PolicyInput input, bool isDemo = false)
    {
        var (errors, owner) = await CheckAsync(null, input);
        if (errors.Count > 0)
        {
            return new PolicySaveResult(errors[0].Field == nameof(Policy.OwnerUnitId) ? SaveOutcome.Forbidden : SaveOutcome.Invalid, null, errors);
        }
        var now = db.Time.GetUtcNow();
        var policy = new Policy
        {
            Code = await NewCodeAsync(), Title = input.Title, Issuer = input.Issuer, OwnerUnitId = owner, IsDemo = isDemo, CreatedAt = now,
            Status = PolicyStatus.InForce,
        };
        Apply(input, policy, now);
        db.Policies.Add(policy);
        await db.SaveChangesAsync();
        return new PolicySaveResult(SaveOutcome.Saved, policy, []);
    }

    public async Task<PolicySaveResult> UpdateAsync(int id, PolicyInput input)
    {
        var policy = await db.Policies.Include(p => p.Chains).Include(p => p.Industries).Include(p => p.Contacts).SingleOrDefaultAsync(p => p.Id == id);
        if (policy is null)
        {
            return PolicySaveResult.NotFound;
        }
        if (!scope.CanWrite(policy.OwnerUnitId))
        {
            return new PolicySaveResult(SaveOutcome.Forbidden, null, [("", t["只能修改本单位的政策"])]);
        }
        var (errors, owner) = await CheckAsync(id, input);
        if (errors.Count > 0)
        {
            return new PolicySaveResult(errors[0].Field == nameof(Policy.OwnerUnitId) ? SaveOutcome.Forbidden : SaveOutcome.Invalid, null, errors);
        }
        db.Entry(policy).Property(p => p.Version).OriginalValue = input.Version;
        policy.OwnerUnitId = input.Level == PolicyLevel.City && policy.Level == PolicyLevel.City ? policy.OwnerUnitId : owner;
        Apply(input, policy, db.Time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Policies.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
            return new PolicySaveResult(SaveOutcome.Conflict, null, [("", t["该政策已被他人修改，您的修改未保存。请刷新后重新填写。"])], current);
        }
        return new PolicySaveResult(SaveOutcome.Saved, policy, []);
    }

    /// <summary>What a save of <paramref name="input"/> would refuse, writing nothing: the import plans each row
    /// with it, so a sheet is refused exactly where the form is. Normalises the input as the save does.</summary>
    public async Task<List<(string Field, string Message)>> ErrorsAsync(Policy? existing, PolicyInput input) =>
        existing is not null && !scope.CanWrite(existing.OwnerUnitId) ? [("", t["只能修改本单位的政策"])] : (await CheckAsync(existing?.Id, input)).Errors;

    private async Task<(List<(string Field, string Message)> Errors, int Owner)> CheckAsync(int? id, PolicyInput input)
    {
        var errors = PolicyRules.Annotations(input, t);
        var area = input.AreaUnitId is { } areaId ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == areaId) : null;
        if (errors.Count == 0)
        {
            errors.AddRange(PolicyRules.Check(input, area?.Kind, t));
        }
        if (errors.Count == 0)
        {
            errors.AddRange(await ReferencesAsync(input));
        }
        if (errors.Count == 0 && await PolicyLookups.SameNumberAsync(db, id, input.DocumentNumber, input.Issuer) is { } other)
        {
            errors.Add((nameof(input.DocumentNumber), t["文号「{0}」已由{1}的施行中政策《{2}》使用", input.DocumentNumber!, input.Issuer, other]));
        }
        if (errors.Count > 0)
        {
            return (errors, 0);
        }
        var owner = await OwnerAsync(input, area);
        return owner is { } o && scope.CanWrite(o)
            ? (errors, o)
            : ([(nameof(Policy.OwnerUnitId), input.Level == PolicyLevel.City
                ? t["市级政策由领导小组办公室或市直部门录入"] : t["只能录入本单位所辖区市或园区的政策"])], 0);
    }

    /// <summary>A district or park keeps the policies that apply in it; a city policy is kept by the city unit or
    /// department of the user who enters it (the city itself for the demo and commands).</summary>
    private async Task<int?> OwnerAsync(PolicyInput input, Unit? area)
    {
        if (input.Level != PolicyLevel.City)
        {
            return area?.Id;
        }
        var unit = scope.UserId is { } userId
            ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => db.Units.Single(x => x.Id == u.UnitId)).SingleOrDefaultAsync()
            : null;
        if (unit?.Kind is UnitKind.City or UnitKind.Department)
        {
            return unit.Id;
        }
        // Commands and the demo (and whoever writes everywhere) keep city policies with the city itself.
        return scope.UserId is null || scope.WritesAll
            ? await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.City).OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync()
            : null;
    }

    private async Task<List<(string Field, string Message)>> ReferencesAsync(PolicyInput input)
    {
        var errors = new List<(string, string)>();
        var chains = await db.Chains.AsNoTracking().Where(c => input.ChainIds.Contains(c.Id)).Select(c => c.Id).ToListAsync();
        errors.AddRange(input.ChainIds.Except(chains).Take(1).Select(c => (nameof(input.ChainIds), t["产业链 {0} 不存在", c].Value)));
        var divisions = await db.IndustryDivisions.AsNoTracking().Where(d => input.DivisionCodes.Contains(d.Code)).Select(d => d.Code).ToListAsync();
        errors.AddRange(input.DivisionCodes.Except(divisions).Take(1)
            .Select(c => (nameof(input.DivisionCodes), t["「{0}」不是国民经济行业分类（GB/T 4754）的大类代码", c].Value)));
        return errors;
    }

    private async Task<string> NewCodeAsync()
    {
        while (true)
        {
            var code = PolicyCodes.Next();
            if (!await db.Policies.IgnoreQueryFilters().AnyAsync(p => p.Code == code))
            {
                return code;
            }
        }
    }

    private static void Apply(PolicyInput input, Policy p, DateTimeOffset now)
    {
        p.Title = input.Title;
        p.DocumentNumber = input.DocumentNumber;
        p.Issuer = input.Issuer;
        p.Level = input.Level;
        p.Kind = input.Kind;
        p.AreaUnitId = input.Level == PolicyLevel.City ? null : input.AreaUnitId;
        p.EffectiveOn = input.EffectiveOn;
        p.ExpiresOn = input.ExpiresOn;
        p.Summary = Clean(input.Summary);
        p.FullText = Clean(input.FullText);
        p.IsPublished = input.IsPublished;
        p.UpdatedAt = now;
        p.Chains.RemoveAll(c => !input.ChainIds.Contains(c.ChainId));
        p.Chains.AddRange(input.ChainIds.Where(id => p.Chains.All(c => c.ChainId != id)).Select(id => new PolicyChain { ChainId = id }));
        p.Industries.RemoveAll(i => !input.DivisionCodes.Contains(i.DivisionCode));
        p.Industries.AddRange(input.DivisionCodes.Where(d => p.Industries.All(i => i.DivisionCode != d)).Select(d => new PolicyIndustry { DivisionCode = d }));
        p.Contacts.Clear();
        p.Contacts.AddRange(input.Contacts.Select((c, i) => new PolicyContact { Unit = c.Unit!, Name = c.Name, Phone = c.Phone, SortOrder = i }));
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
