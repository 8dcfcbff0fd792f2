using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>An indicator for the period: value, status (word as well as code), completion against
/// time progress, who answers for it, and the link to the records behind a computed value.</summary>
public sealed record IndicatorView(string Code, string Name, IndicatorKind Kind, string? Unit, decimal? Baseline, decimal? Target, string TargetText,
    DateOnly? Deadline, decimal Weight, decimal? Value, bool? Done, Status Status, string StatusName, decimal? CompletionPercent,
    decimal TimeProgressPercent, decimal? Gap, decimal? Score, string? LeadUnit, IReadOnlyList<string> SupportingUnits,
    string? ComputedRule, string? Link, string? Unavailable, PlanShare? Plans);
