using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

/// <summary>The choices the three lists filter and edit by: districts, chains, parks.</summary>
public static class ListChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> DistrictsAsync(AppDbContext db, int? selected) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District || u.Kind == UnitKind.FunctionalArea)
            .OrderBy(u => u.SortOrder).ToListAsync()).Select(u => Item(Texts.Pick(u.Name, u.NameEn), u.Id, selected))];

    public static async Task<IReadOnlyList<SelectListItem>> ParksAsync(AppDbContext db, int? selected) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Park)
            .OrderBy(u => u.SortOrder).ToListAsync()).Select(u => Item(Texts.Pick(u.Name, u.NameEn), u.Id, selected))];

    public static async Task<IReadOnlyList<SelectListItem>> ChainsAsync(AppDbContext db, int? selected) =>
        [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync())
            .Select(c => Item(Texts.Pick(c.Name, c.NameEn), c.Id, selected))];

    /// <summary>Active units the user may write to: the owners a record can be given.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> OwnersAsync(AppDbContext db, UserScope scope, int? selected) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ToListAsync())
            .Where(u => scope.CanWrite(u.Id)).Select(u => Item(Texts.Pick(u.Name, u.NameEn), u.Id, selected))];

    /// <summary>A district and every unit below it, so that a district filter also finds what its
    /// sub-districts own.</summary>
    public static async Task<IReadOnlyList<int>> WithDescendantsAsync(AppDbContext db, int unitId)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync();
        return UnitTree.WithDescendants(unitId, units.Select(u => (u.Id, u.ParentId)));
    }

    private static SelectListItem Item(string text, int id, int? selected) =>
        new(text, id.ToString(CultureInfo.InvariantCulture), id == selected);
}
