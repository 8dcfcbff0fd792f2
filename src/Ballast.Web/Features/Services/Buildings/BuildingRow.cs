using Ballast.Web.Features.Enterprises;

namespace Ballast.Web.Features.Services;

/// <summary>A building as the list, its export and the API show it, with its tax for the year.</summary>
public sealed record BuildingRow(int Id, string Name, int OwnerUnitId, string District, string? DistrictEn, string? Address, string? Theme,
    int? SpecialtyYear, DesignationLevel? SpecialtyLevel, decimal? FloorAreaM2, decimal? OccupancyPercent, int Firms, bool IsDemo, int Version)
{
    public BuildingTax Tax { get; init; } = BuildingTax.NotReported;
}
