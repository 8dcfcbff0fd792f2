using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>An indicator as the bulletin reports it. <see cref="Target"/> is written as the plan
/// writes it; <see cref="Unavailable"/> says why there is no value when its module is not built;
/// <see cref="Plans"/> is investment's second denominator (the projects' plans), named beside it.</summary>
public sealed record BulletinIndicator(
    string Code, string Name, string Battle, string? Task, IndicatorKind Kind, string? Unit,
    decimal? Value, bool? Done, string Target, Progress Progress, decimal? Score, decimal Weight,
    string? LeadUnit, string? Unavailable, string? Link, PlanShare? Plans = null);
