using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>The choices the building and area pages filter and edit by.</summary>
public static class ServiceChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> DistrictsAsync(AppDbContext db, int? selected, UserScope? writable = null) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.IsActive && BuildingRules.OwnerKinds.Contains(u.Kind)).OrderBy(u => u.SortOrder).ToListAsync())
            .Where(u => writable is null || writable.CanWrite(u.Id))
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), u.Id.ToString(CultureInfo.InvariantCulture), u.Id == selected))];

    public static IReadOnlyList<SelectListItem> Levels(Texts t, DesignationLevel? selected) =>
        [.. Enum.GetValues<DesignationLevel>().Reverse().Select(l => new SelectListItem(LevelName(t, l), l.ToString(), l == selected))];

    public static string LevelName(Texts t, DesignationLevel level) => level switch
    {
        DesignationLevel.National => t["国家级"],
        DesignationLevel.Provincial => t["省级"],
        _ => t["市级"],
    };

    public static string TaxSourceName(Texts t, TaxSource source) => source switch
    {
        TaxSource.Firms => t["企业合计"],
        TaxSource.Entered => t["录入"],
        _ => t["未报"],
    };
}
