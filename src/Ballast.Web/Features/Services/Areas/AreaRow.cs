using Ballast.Web.Features.Enterprises;

namespace Ballast.Web.Features.Services;

public sealed record AreaRow(int Id, string KindCode, string Kind, string? KindEn, string Name, int? DistrictUnitId, string? District, string? DistrictEn,
    DesignationLevel Level, int Year, string? SourceDocument, bool IsDemo, int Version);
