using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Many designations and yearly figures at once (the demo, large lists): each row through the same rules as
/// <see cref="DesignationSave"/> and <see cref="EnterpriseYearSave"/>, what they ask the database asked once for the
/// batch, one save.</summary>
public sealed class DesignationBatch(AppDbContext db, UserScope scope, Texts t, DesignationSave designations)
{
    public async Task<int> AddDesignationsAsync(IReadOnlyList<DesignationInput> inputs, bool isDemo)
    {
        var kinds = await db.DesignationKinds.AsNoTracking().ToDictionaryAsync(k => k.Code);
        var owners = new Dictionary<string, int>();
        foreach (var k in kinds.Values)
        {
            owners[k.Code] = await designations.OwnerOfAsync(k);
        }
        var ids = inputs.Select(i => i.EnterpriseId).OfType<int>().Distinct().ToList();
        var firms = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.OwnerUnitId);
        var taken = (await db.Designations.AsNoTracking().Where(d => d.EnterpriseId != null && ids.Contains(d.EnterpriseId.Value))
            .Select(d => new { d.EnterpriseId, d.KindCode, d.Year }).ToListAsync()).Select(d => (d.EnterpriseId, d.KindCode, d.Year)).ToHashSet();
        var today = CityTime.DateOf(db.Time.GetUtcNow());
        var added = 0;
        foreach (var input in inputs)
        {
            var kind = kinds.GetValueOrDefault(input.KindCode);
            var errors = InputRules.Validate(input, t);
            errors.AddRange(errors.Count == 0 ? DesignationRules.Check(input, kind, today) : []);
            if (errors.Count > 0 || kind is null || !scope.CanWrite(owners[kind.Code])
                || (input.EnterpriseId is { } fid && !firms.ContainsKey(fid)) || !taken.Add((input.EnterpriseId, kind.Code, input.Year)))
            {
                continue;
            }
            db.Designations.Add(new Designation
            {
                KindCode = kind.Code, EnterpriseId = input.EnterpriseId, SubjectName = input.EnterpriseId is null ? input.SubjectName : null,
                DistrictUnitId = input.EnterpriseId is { } f ? firms[f] : input.DistrictUnitId, Level = input.Level ?? kind.DefaultLevel,
                Year = input.Year, ExpiresOn = DesignationRules.ExpiryOf(input, kind), SourceDocument = input.SourceDocument,
                OwnerUnitId = owners[kind.Code], IsDemo = isDemo,
            });
            added++;
        }
        await db.SaveChangesAsync();
        return added;
    }

    /// <summary>Figures of many firms and years: size class computed, the 规上 flag from each firm's latest revenue.</summary>
    public async Task<int> AddYearsAsync(IReadOnlyList<(int EnterpriseId, EnterpriseYearInput Input)> rows, EnterpriseYearSave years)
    {
        var rules = await db.SizeRules.AsNoTracking().ToListAsync();
        var ids = rows.Select(r => r.EnterpriseId).Distinct().ToList();
        var firms = await db.Enterprises.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
        var taken = (await db.EnterpriseYears.AsNoTracking().Where(y => ids.Contains(y.EnterpriseId)).Select(y => new { y.EnterpriseId, y.Year })
            .ToListAsync()).Select(y => (y.EnterpriseId, y.Year)).ToHashSet();
        var added = new List<(Enterprise Firm, EnterpriseYear Year)>();
        foreach (var (id, input) in rows)
        {
            if (!firms.TryGetValue(id, out var firm) || years.Check(input).Count > 0 || !scope.CanWrite(firm.OwnerUnitId) || !taken.Add((id, input.Year)))
            {
                continue;
            }
            var year = new EnterpriseYear { EnterpriseId = id, Source = input.Source, OwnerUnitId = firm.OwnerUnitId };
            input.ApplyTo(year);
            var rule = SizeClassifier.RuleFor(rules, firm.IndustryDivisionCode);
            year.SizeClass = rule is null ? null : SizeClassifier.Classify(rule, year.Employees, year.Revenue, year.TotalAssets);
            db.EnterpriseYears.Add(year);
            added.Add((firm, year));
        }
        foreach (var latest in added.Where(a => a.Year.Revenue is not null).GroupBy(a => a.Firm).Select(g => g.MaxBy(a => a.Year.Year)))
        {
            var rule = SizeClassifier.RuleFor(rules, latest.Firm.IndustryDivisionCode);
            latest.Firm.IsAboveScale = SizeClassifier.IsAboveScale(rule, latest.Year.Revenue) ?? latest.Firm.IsAboveScale;
        }
        await db.SaveChangesAsync();
        return added.Count;
    }
}
