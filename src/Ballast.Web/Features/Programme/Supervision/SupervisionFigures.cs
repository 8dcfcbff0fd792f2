using Ballast.Web.Common;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>Supervision counts for the bulletin and the assessment, as of today in the city and
/// inside the caller's data scope (the office, which runs both, sees every unit).</summary>
public static class SupervisionFigures
{
    /// <summary>The year's counts, for every unit or for the items assigned to one unit.</summary>
    public static async Task<SupervisionCounts> CountsAsync(AppDbContext db, int year, int? unitId = null)
    {
        var byUnit = await ByUnitAsync(db, year, unitId);
        return byUnit.Values.Aggregate(default(SupervisionCounts), (sum, c) => sum + c);
    }

    /// <summary>The year's counts per assigned unit, in one query (for rankings); units without
    /// items are absent.</summary>
    public static async Task<IReadOnlyDictionary<int, SupervisionCounts>> ByUnitAsync(AppDbContext db, int year, int? unitId = null)
    {
        var today = CityTime.Today(db.Time);
        var q = db.SupervisionItems.AsNoTracking().Where(s => s.Year == year);
        if (unitId is { } unit)
        {
            q = q.Where(s => s.OwnerUnitId == unit);
        }
        var rows = await q.GroupBy(s => s.OwnerUnitId).Select(g => new
        {
            Unit = g.Key,
            Open = g.Count(s => s.State != SupervisionState.Closed),
            Overdue = g.Count(s => s.State != SupervisionState.Closed && s.DueOn < today),
            OnTime = g.Count(s => s.State == SupervisionState.Closed && s.ClosedOn <= s.DueOn),
            Late = g.Count(s => s.State == SupervisionState.Closed && (s.ClosedOn == null || s.ClosedOn > s.DueOn)),
        }).ToListAsync();
        return rows.ToDictionary(r => r.Unit, r => new SupervisionCounts(r.Open, r.Overdue, r.OnTime, r.Late));
    }
}
