using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>The firms a run evaluates, with the year's figures, in one query: a district's firms (its unit and every
/// unit below), or the firms whose stay in the park is open at the year's end. Then the scheme's trades and land floor.</summary>
public static class PerMuPopulation
{
    public static async Task<List<PerMuFirm>> LoadAsync(AppDbContext db, PerMuScheme scheme, int year, PopulationKind kind, int unitId)
    {
        var firms = db.Enterprises.AsNoTracking();
        if (kind == PopulationKind.District)
        {
            var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync();
            var ids = UnitTree.WithDescendants(unitId, units.Select(u => (u.Id, u.ParentId)));
            firms = firms.Where(e => ids.Contains(e.OwnerUnitId));
        }
        else
        {
            var yearEnd = new DateOnly(year, 12, 31);
            var members = db.ParkMemberships.Where(m => db.Parks.Any(p => p.Id == m.ParkId && p.UnitId == unitId)
                && m.EnteredOn <= yearEnd && (m.LeftOn == null || m.LeftOn > yearEnd)).Select(m => m.EnterpriseId);
            // The park's operator evaluates its members wherever the registry keeps them.
            firms = db.Enterprises.IgnoreQueryFilters().AsNoTracking().Where(e => members.Contains(e.Id));
        }
        var rows = await (from e in firms
                          join y in db.EnterpriseYears.Where(y => y.Year == year) on e.Id equals y.EnterpriseId into ys
                          from y in ys.DefaultIfEmpty()
                          orderby e.Id
                          select new
                          {
                              e.Id, e.IsAboveScale, e.FoundedOn, e.IndustryDivisionCode, e.LandAreaMu, Has = y != null,
                              TaxPaid = y == null ? null : y.TaxPaid, Revenue = y == null ? null : y.Revenue, Output = y == null ? null : y.Output,
                              ValueAdded = y == null ? null : y.ValueAdded, RdSpending = y == null ? null : y.RdSpending,
                              Employees = y == null ? null : y.Employees, TotalAssets = y == null ? null : y.TotalAssets,
                              EnergyTce = y == null ? null : y.EnergyTce, EmissionsT = y == null ? null : y.EmissionsT, LandMu = y == null ? null : y.LandMu,
                          }).ToListAsync();
        var scope = DivisionSet.Parse(scheme.ScopeDivisions);
        var groups = scheme.Indicators.Select(i => i.Group).ToHashSet();
        var result = new List<PerMuFirm>(rows.Count);
        foreach (var r in rows)
        {
            var land = r.LandMu ?? r.LandAreaMu;
            var group = r.IsAboveScale ? PerMuGroup.AboveScale : PerMuGroup.BelowScale;
            if ((!scope.IsEmpty && !scope.Contains(r.IndustryDivisionCode)) || (scheme.MinLandMu is { } floor && land < floor) || !groups.Contains(group))
            {
                continue;
            }
            var figures = new Dictionary<string, decimal?>(StringComparer.Ordinal)
            {
                ["TaxPaid"] = r.TaxPaid, ["Revenue"] = r.Revenue, ["Output"] = r.Output, ["ValueAdded"] = r.ValueAdded, ["RdSpending"] = r.RdSpending,
                ["Employees"] = r.Employees, ["TotalAssets"] = r.TotalAssets, ["EnergyTce"] = r.EnergyTce, ["EmissionsT"] = r.EmissionsT,
                [PerMuFigures.LandMu] = land,
            };
            result.Add(new PerMuFirm(r.Id, group, r.FoundedOn, r.IndustryDivisionCode, figures, r.LandMu is null && r.LandAreaMu is not null));
        }
        return result;
    }
}
