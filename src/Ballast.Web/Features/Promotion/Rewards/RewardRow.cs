using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Promotion;

/// <summary>A reward case as the list, the report and the API show it; the ID number already masked where it must be.</summary>
public sealed record RewardRow(int Id, int ProjectId, string ProjectName, int OwnerUnitId, string OwnerUnit, DateOnly? SignedOn,
    string? ReferrerName, ReferrerKind? ReferrerKind, DateOnly? ReferrerRegisteredOn, string ReferrerCategory, string? ReferrerIdNumber,
    int RuleYear, RewardState State, decimal? FormedWan, decimal? RewardWan, DateOnly? NoticeTo, decimal? PaidWan, DateOnly? PaidOn,
    string? RefusalReason, bool IsDemo, int Version);
