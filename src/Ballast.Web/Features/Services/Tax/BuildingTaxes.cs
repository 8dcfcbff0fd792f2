using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>Every building's tax for a year, read in two queries and rolled up by <see cref="BuildingTax.Of"/>.
/// The rows are summed here rather than in SQL so both engines add decimals the same way. A firm has one
/// building (its <c>BuildingId</c>), so it is counted in one building only.</summary>
public static class BuildingTaxes
{
    public static async Task<Dictionary<int, BuildingTax>> ForYearAsync(AppDbContext db, int year, IReadOnlyCollection<int>? buildingIds = null)
    {
        var firms = db.EnterpriseYears.AsNoTracking()
            .Where(y => y.Year == year && y.TaxPaid != null && y.Enterprise!.BuildingId != null);
        var entered = db.BuildingYears.AsNoTracking().Where(y => y.Year == year);
        if (buildingIds is not null)
        {
            firms = firms.Where(y => buildingIds.Contains(y.Enterprise!.BuildingId!.Value));
            entered = entered.Where(y => buildingIds.Contains(y.BuildingId));
        }
        var firmRows = await firms.Select(y => new { Building = y.Enterprise!.BuildingId!.Value, Tax = y.TaxPaid!.Value }).ToListAsync();
        var enteredRows = await entered.Select(y => new { y.BuildingId, y.EnteredTax, y.Source }).ToListAsync();
        var byBuilding = firmRows.GroupBy(r => r.Building).ToDictionary(g => g.Key, g => g.Select(r => r.Tax).ToList());
        var enteredBy = enteredRows.ToDictionary(r => r.BuildingId);
        var result = new Dictionary<int, BuildingTax>();
        foreach (var id in byBuilding.Keys.Union(enteredBy.Keys))
        {
            var e = enteredBy.GetValueOrDefault(id);
            result[id] = BuildingTax.Of(byBuilding.GetValueOrDefault(id) ?? [], e?.EnteredTax, e?.Source);
        }
        return result;
    }

    public static BuildingTax Of(this Dictionary<int, BuildingTax> taxes, int buildingId) => taxes.GetValueOrDefault(buildingId) ?? BuildingTax.NotReported;
}
