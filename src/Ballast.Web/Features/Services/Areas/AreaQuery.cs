using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Service clusters and innovation centres recognised up to <see cref="Year"/> (the plan counts them
/// cumulatively), at <see cref="MinLevel"/> or above: the same rows the plan's computed value counts.</summary>
public sealed class AreaQuery
{
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public string? Kind { get; set; }
    [FromQuery] public DesignationLevel? MinLevel { get; set; }
    [FromQuery] public int? District { get; set; }

    public async Task<List<AreaRow>> RunAsync(AppDbContext db, int year, int? id = null)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var q = db.Designations.AsNoTracking()
            .Where(d => d.EnterpriseId == null && d.Kind!.Subject == DesignationSubject.Area && d.Year <= year
                && (d.ExpiresOn == null || d.ExpiresOn >= yearEnd));
        if (id is { } only) { q = q.Where(d => d.Id == only); }
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            var kind = Kind.Trim();
            q = q.Where(d => d.KindCode == kind);
        }
        if (MinLevel is { } min)
        {
            var levels = Enum.GetValues<DesignationLevel>().Where(l => l >= min).ToList();
            q = q.Where(d => levels.Contains(d.Level));
        }
        if (District is { } district)
        {
            var units = await BuildingQuery.UnitsUnder(db, district);
            q = q.Where(d => d.DistrictUnitId != null && units.Contains(d.DistrictUnitId.Value));
        }
        var names = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.NameEn }).ToDictionaryAsync(u => u.Id);
        var rows = await q.OrderBy(d => d.Kind!.SortOrder).ThenByDescending(d => d.Year).ThenBy(d => d.SubjectName)
            .Select(d => new { d.Id, d.KindCode, d.Kind!.Name, d.Kind.NameEn, d.SubjectName, d.DistrictUnitId, d.Level, d.Year, d.SourceDocument, d.IsDemo, d.Version })
            .ToListAsync();
        return [.. rows.Select(d =>
        {
            var unit = d.DistrictUnitId is { } u ? names.GetValueOrDefault(u) : null;
            return new AreaRow(d.Id, d.KindCode, d.Name, d.NameEn, d.SubjectName ?? "", d.DistrictUnitId, unit?.Name, unit?.NameEn,
                d.Level, d.Year, d.SourceDocument, d.IsDemo, d.Version);
        })];
    }
}
