using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Many new firms at once for the import and the demo: every rule of <see cref="EnterpriseSave"/>
/// per firm, the key's uniqueness asked once for the batch, one save. The references a firm names are
/// loaded into the tracker first, so checking them asks the database nothing more.</summary>
public sealed class EnterpriseBatch(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<List<(int Index, List<(string Field, string Message)> Errors)>> AddAsync(IReadOnlyList<EnterpriseInput> inputs,
        Action<int, Enterprise>? configure = null)
    {
        await db.Units.LoadAsync();
        await db.Chains.LoadAsync();
        await db.IndustryDivisions.LoadAsync();
        var today = CityTime.DateOf(db.Time.GetUtcNow());
        var codes = inputs.Select(i => EnterpriseInput.Clean(i.Uscc)?.ToUpperInvariant()).OfType<string>().ToList();
        var taken = (await db.Enterprises.IgnoreQueryFilters().Where(e => e.Uscc != null && codes.Contains(e.Uscc)).Select(e => e.Uscc!).ToListAsync())
            .ToHashSet(StringComparer.Ordinal);
        var refused = new List<(int, List<(string, string)>)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var errors = InputRules.Validate(input, t);
            errors.AddRange(errors.Count == 0 ? EnterpriseRules.Check(input, today) : []);
            errors.AddRange(errors.Count == 0 ? await RefersAttribute.CheckAsync(db, input, t) : []);
            if (errors.Count == 0 && input.Uscc is { } code && !taken.Add(code))
            {
                errors.Add((nameof(input.Uscc), "该统一社会信用代码已登记"));
            }
            if (errors.Count == 0 && !scope.CanWrite(input.OwnerUnitId))
            {
                errors.Add((nameof(input.OwnerUnitId), "只能选择本单位或下属单位"));
            }
            if (errors.Count > 0)
            {
                refused.Add((i, errors));
                continue;
            }
            var firm = new Enterprise { Name = input.Name };
            input.ApplyTo(firm);
            configure?.Invoke(i, firm);
            db.Enterprises.Add(firm);
        }
        await db.SaveChangesAsync();
        return refused;
    }
}
