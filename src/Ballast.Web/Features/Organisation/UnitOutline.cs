using System.Globalization;
using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ballast.Web.Features.Organisation;

/// <summary>Units in tree order — each parent followed by its children, by sort order — with their
/// depth, for indented tables and select lists.</summary>
public static class UnitOutline
{
    public static IReadOnlyList<(Unit Unit, int Depth)> Of(IReadOnlyList<Unit> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var children = units.Where(u => u.ParentId is int p && ids.Contains(p))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Code, StringComparer.Ordinal)
            .ToLookup(u => u.ParentId!.Value);
        var result = new List<(Unit, int)>(units.Count);
        var seen = new HashSet<int>();

        void Visit(Unit unit, int depth)
        {
            if (!seen.Add(unit.Id))
            {
                return;
            }
            result.Add((unit, depth));
            foreach (var child in children[unit.Id])
            {
                Visit(child, depth + 1);
            }
        }

        foreach (var root in units.Where(u => u.ParentId is not int p || !ids.Contains(p)).OrderBy(u => u.SortOrder))
        {
            Visit(root, 0);
        }
        // Units caught in a cycle (bad data) have no root: list them rather than lose them.
        foreach (var unit in units)
        {
            Visit(unit, 0);
        }
        return result;
    }

    /// <summary>Select options, indented by depth with ideographic spaces.</summary>
    public static IReadOnlyList<SelectListItem> Choices(IReadOnlyList<Unit> units, Func<Unit, bool> include) =>
        [.. Of(units).Where(x => include(x.Unit)).Select(x => new SelectListItem(
            new string('\u3000', x.Depth) + Texts.Pick(x.Unit.Name, x.Unit.NameEn),
            x.Unit.Id.ToString(CultureInfo.InvariantCulture)))];
}
