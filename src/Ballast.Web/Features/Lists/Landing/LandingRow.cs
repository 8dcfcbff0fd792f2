using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Lists;

/// <summary>One project on the year's list of projects to land, as the page, the export and the API show it.</summary>
public sealed record LandingRow(int EntryId, int ProjectId, string Name, int OwnerUnitId, string? District, string? DistrictEn,
    int? ChainId, string? Chain, string? ChainEn, decimal TotalInvestmentWan, ProjectStage Stage, DateOnly? SignedOn);
