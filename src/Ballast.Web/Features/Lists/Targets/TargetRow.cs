
namespace Ballast.Web.Features.Lists;

/// <summary>One firm or project to attract, as the page, the export and the API show it.</summary>
public sealed record TargetRow(int Id, int Year, string Name, string? Country, int? ChainId, string? Chain, string? ChainEn,
    decimal? ExpectedInvestmentWan, int OwnerUnitId, string? District, string? DistrictEn, string? Note, int? ProjectId, int Version);
