
namespace Ballast.Web.Features.Lists;

/// <summary>One promotion carrier, as the page, the export and the API show it.</summary>
public sealed record CarrierRow(int Id, string Name, CarrierKind Kind, string? Location, int OwnerUnitId, string? District,
    string? DistrictEn, int? ParkUnitId, string? Park, string? ParkEn, decimal? AreaMu, decimal? AreaSquareMetres,
    CarrierAvailability Availability, DateOnly? AvailableFrom, string? Contact, string? Note, int Version);
