using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The choices the campaign forms offer: chains, and the units the user may give a record to.</summary>
public static class CampaignChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> ChainsAsync(AppDbContext db, int? selected) =>
        [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync())
            .Select(c => Item(Texts.Pick(c.Name, c.NameEn), c.Id, selected))];

    public static async Task<IReadOnlyList<SelectListItem>> OwnersAsync(AppDbContext db, UserScope scope, int? selected) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ToListAsync())
            .Where(u => scope.CanWrite(u.Id)).Select(u => Item(Texts.Pick(u.Name, u.NameEn), u.Id, selected))];

    private static SelectListItem Item(string text, int id, int? selected) => new(text, id.ToString(CultureInfo.InvariantCulture), id == selected);
}
