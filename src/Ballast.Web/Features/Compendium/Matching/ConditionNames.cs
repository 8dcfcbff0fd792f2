using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Names for the codes a condition lists, so that a condition reads as the policy says it
/// (所在区市 属于 西海岸新区、城阳区; 上年 营业收入 不低于 2,000 万元).</summary>
public sealed class ConditionNames(IReadOnlyDictionary<string, string> names)
{
    public IReadOnlyDictionary<string, string> Names { get; } = names;

    public static async Task<ConditionNames> LoadAsync(AppDbContext db)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in await db.Regions.AsNoTracking().Where(r => !r.IsRetired).Select(r => new { r.Code, r.Name, r.NameEn }).ToListAsync())
        {
            names[$"{ConditionKind.Region}:{r.Code}"] = Texts.Pick(r.Name, r.NameEn);
        }
        // A district is named as the city names it everywhere else (370211 is 西海岸新区, not the code's 黄岛区).
        foreach (var u in await db.Units.AsNoTracking().Where(u => u.Kind == Organisation.UnitKind.District && u.RegionCode != null)
            .Select(u => new { u.RegionCode, u.Name, u.NameEn }).ToListAsync())
        {
            names[$"{ConditionKind.Region}:{u.RegionCode}"] = Texts.Pick(u.Name, u.NameEn);
        }
        foreach (var d in await db.IndustryDivisions.AsNoTracking().Select(d => new { d.Code, d.Name, d.NameEn }).ToListAsync())
        {
            names[$"{ConditionKind.Industry}:{d.Code}"] = $"{d.Code} {Texts.Pick(d.Name, d.NameEn)}";
        }
        foreach (var c in await db.Chains.AsNoTracking().Select(c => new { c.Code, c.Name, c.NameEn }).ToListAsync())
        {
            names[$"{ConditionKind.Chain}:{c.Code}"] = Texts.Pick(c.Name, c.NameEn);
        }
        foreach (var k in await db.DesignationKinds.AsNoTracking().Select(k => new { k.Code, k.Name, k.NameEn }).ToListAsync())
        {
            names[$"{ConditionKind.Designation}:{k.Code}"] = Texts.Pick(k.Name, k.NameEn);
        }
        foreach (var p in await db.Parks.AsNoTracking().Select(p => new { p.UnitId, p.Unit!.Name, p.Unit.NameEn }).ToListAsync())
        {
            names[$"{ConditionKind.Park}:{p.UnitId.ToString(CultureInfo.InvariantCulture)}"] = Texts.Pick(p.Name, p.NameEn);
        }
        return new ConditionNames(names);
    }

    public string Name(ConditionKind kind, string code, Texts t) => kind == ConditionKind.SizeClass && Enum.TryParse<SizeClass>(code, out var s)
        ? t[SizeClassifier.Name(s)].Value : Names.GetValueOrDefault($"{kind}:{code}", code);

    public string Describe(PolicyCondition c, Texts t)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Kind == ConditionKind.Figure)
        {
            var field = FigureFields.Find(c.Field);
            var unit = field?.InPeople == true ? "人" : "万元";
            return $"{t[MatchWords.YearWord(c.YearOffset)]} {t[field?.Name ?? c.Field ?? ""]} {t[MatchWords.Operator(c.Operator)]} "
                + $"{(c.Threshold is { } v ? Eligibility.Number(v) : "?")} {t[unit]}";
        }
        if (!ConditionRules.IsList(c.Kind))
        {
            return $"{t[MatchWords.Kind(c.Kind)]}";
        }
        var year = c.Kind == ConditionKind.SizeClass ? $"{t[MatchWords.YearWord(c.YearOffset)]} " : "";
        return $"{year}{t[MatchWords.Kind(c.Kind)]} {t[MatchWords.Operator(c.Operator)]} "
            + string.Join("、", ConditionValues.Split(c.Values).Select(v => Name(c.Kind, v, t)));
    }
}
