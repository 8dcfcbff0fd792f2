using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The pickers of the conditions editor, valued by the codes a condition stores: region codes (the city and its districts),
/// divisions, chain codes, size classes, designation kinds, park unit ids.</summary>
internal static class ConditionChoices
{
    public static async Task<List<SelectListItem>> ForAsync(AppDbContext db, ConditionKind kind, IReadOnlyCollection<string> selected, Texts t)
    {
        List<(string Value, string Text)> items = kind switch
        {
            ConditionKind.Region => [.. (await db.Units.AsNoTracking().Where(u => u.IsActive && u.RegionCode != null
                    && (u.Kind == UnitKind.City || u.Kind == UnitKind.District || u.Kind == UnitKind.FunctionalArea)).OrderBy(u => u.SortOrder).ToListAsync())
                .Select(u => (u.RegionCode!, $"{Texts.Pick(u.Name, u.NameEn)} {u.RegionCode}")).DistinctBy(x => x.Item1)],
            ConditionKind.Industry => [.. (await Choices.DivisionsAsync(db, null)).Select(d => (d.Value, d.Text))],
            ConditionKind.Chain => [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync())
                .Select(c => (c.Code, Texts.Pick(c.Name, c.NameEn)))],
            ConditionKind.SizeClass => [.. Enum.GetValues<SizeClass>().Select(s => (s.ToString(), t[SizeClassifier.Name(s)].Value))],
            ConditionKind.Designation => [.. (await Choices.KindsAsync(db, null, DesignationSubject.Firm)).Select(k => (k.Value, k.Text))],
            ConditionKind.Park => [.. (await db.Parks.AsNoTracking().OrderBy(p => p.Unit!.SortOrder)
                    .Select(p => new { p.UnitId, p.Unit!.Name, p.Unit.NameEn }).ToListAsync())
                .Select(p => (p.UnitId.ToString(CultureInfo.InvariantCulture), Texts.Pick(p.Name, p.NameEn)))],
            _ => [],
        };
        return [.. items.Select(i => new SelectListItem(i.Text, i.Value, selected.Contains(i.Value)))];
    }
}
