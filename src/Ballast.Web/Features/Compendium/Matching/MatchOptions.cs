namespace Ballast.Web.Features.Compendium;

/// <summary>What a matching run looks at: the year whose figures count, the day designations, park stays and policy dates are
/// judged on, and the list's filters (district unit, chain id).</summary>
public sealed record MatchOptions(int Year, DateOnly Day, int? District = null, int? Chain = null);
