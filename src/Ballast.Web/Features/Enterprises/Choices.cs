using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The select lists the registry's pages share.</summary>
internal static class Choices
{
    public static async Task<List<SelectListItem>> DistrictsAsync(AppDbContext db, int? selected, Func<int, bool>? only = null) =>
        [.. (await db.Units.AsNoTracking().Where(u => u.IsActive && (u.Kind == UnitKind.District || u.Kind == UnitKind.FunctionalArea))
            .OrderBy(u => u.SortOrder).ToListAsync())
            .Where(u => only is null || only(u.Id)).Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), Id(u.Id), u.Id == selected))];

    public static async Task<List<SelectListItem>> ChainsAsync(AppDbContext db, int? selected) =>
        [.. (await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync())
            .Select(c => new SelectListItem(Texts.Pick(c.Name, c.NameEn), Id(c.Id), c.Id == selected))];

    public static async Task<List<SelectListItem>> DivisionsAsync(AppDbContext db, string? selected) =>
        [.. (await db.IndustryDivisions.AsNoTracking().OrderBy(d => d.Code).ToListAsync())
            .Select(d => new SelectListItem($"{d.SectionCode}{d.Code} {Texts.Pick(d.Name, d.NameEn)}", d.Code, d.Code == selected))];

    public static async Task<List<SelectListItem>> KindsAsync(AppDbContext db, string? selected, DesignationSubject? subject = null) =>
        [.. (await db.DesignationKinds.AsNoTracking().OrderBy(k => k.SortOrder).ToListAsync())
            .Where(k => subject is null || k.Subject == subject)
            .Select(k => new SelectListItem(Texts.Pick(k.Name, k.NameEn), k.Code, k.Code == selected))];

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The current query with one parameter changed (sort and paging links), without the handler.</summary>
    public static string With(HttpRequest request, string key, string? value)
    {
        var parts = request.Query.Where(kv => !string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase) && kv.Key != "handler")
            .Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value.ToString())}").ToList();
        if (value is not null)
        {
            parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
        return "?" + string.Join('&', parts);
    }
}
