using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>The building list's filters, in the URL: one query for the page, its export, the API and the
/// plan's links. Specialty and tax are as of <see cref="Year"/>.</summary>
public sealed class BuildingQuery
{
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public int? District { get; set; }
    [FromQuery] public string? Theme { get; set; }
    /// <summary>Only recognised specialty buildings (recognised in the year or before).</summary>
    [FromQuery] public bool? Specialty { get; set; }
    /// <summary>Only buildings whose tax for the year is at least 1 亿元.</summary>
    [FromQuery] public bool? OverYi { get; set; }
    [FromQuery] public string? Q { get; set; }

    public async Task<List<BuildingRow>> RunAsync(AppDbContext db, int year, int? id = null)
    {
        var q = db.Buildings.AsNoTracking();
        if (id is { } only) { q = q.Where(b => b.Id == only); }
        if (District is { } district)
        {
            var units = await UnitsUnder(db, district);
            q = q.Where(b => units.Contains(b.OwnerUnitId));
        }
        if (!string.IsNullOrWhiteSpace(Theme))
        {
            var theme = Theme.Trim();
            q = q.Where(b => b.Theme == theme);
        }
        if (Specialty == true) { q = q.Where(b => b.SpecialtyYear != null && b.SpecialtyYear <= year); }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            q = q.Where(b => b.Name.Contains(text) || (b.Address != null && b.Address.Contains(text)));
        }
        var rows = await q.OrderBy(b => b.OwnerUnit!.SortOrder).ThenBy(b => b.Name).ThenBy(b => b.Id)
            .Select(b => new BuildingRow(b.Id, b.Name, b.OwnerUnitId, b.OwnerUnit!.Name, b.OwnerUnit.NameEn, b.Address, b.Theme,
                b.SpecialtyYear, b.SpecialtyLevel, b.FloorAreaM2, b.OccupancyPercent,
                db.Enterprises.Count(e => e.BuildingId == b.Id), b.IsDemo, b.Version))
            .ToListAsync();
        var taxes = await BuildingTaxes.ForYearAsync(db, year, id is null ? null : [id.Value]);
        var result = rows.Select(r => r with { Tax = taxes.Of(r.Id) });
        return [.. OverYi == true ? result.Where(r => r.Tax.IsOverYi) : result];
    }

    /// <summary>A district and every unit below it (its sub-districts).</summary>
    public static async Task<List<int>> UnitsUnder(AppDbContext db, int unitId)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync();
        return [.. Organisation.UnitTree.WithDescendants(unitId, units.Select(u => (u.Id, u.ParentId)))];
    }
}
