using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A year's figures (万元); null is "not reported".</summary>
public sealed record YearDto(int Year, decimal? Revenue, decimal? Output, decimal? ValueAdded, decimal? TaxPaid, decimal? RdSpending,
    int? Employees, decimal? TotalAssets, decimal? EnergyTce, decimal? LandMu, decimal? FloorAreaM2, decimal? EmissionsT, string Source,
    SizeClass? SizeClass, int OwnerUnitId, int Version)
{
    public static YearDto Of(EnterpriseYear y) => new(y.Year, y.Revenue, y.Output, y.ValueAdded, y.TaxPaid, y.RdSpending, y.Employees,
        y.TotalAssets, y.EnergyTce, y.LandMu, y.FloorAreaM2, y.EmissionsT, y.Source, y.SizeClass, y.OwnerUnitId, y.Version);

    public static async Task<IReadOnlyList<YearDto>> OfFirmAsync(Data.AppDbContext db, int id) =>
        [.. (await db.EnterpriseYears.AsNoTracking().Where(y => y.EnterpriseId == id).OrderBy(y => y.Year).ToListAsync()).Select(Of)];
}
