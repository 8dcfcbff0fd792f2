namespace Ballast.Web.Features.Compendium;

/// <summary>Whether a policy can be offered on a day: in force, and its dates cover the day (both ends inclusive).</summary>
public static class PolicyWindow
{
    public static bool InForceOn(PolicyStatus status, DateOnly? effectiveOn, DateOnly? expiresOn, DateOnly day) =>
        status == PolicyStatus.InForce && (effectiveOn is null || effectiveOn <= day) && (expiresOn is null || expiresOn >= day);

    public static bool InForceOn(Policy p, DateOnly day) => InForceOn(p.Status, p.EffectiveOn, p.ExpiresOn, day);

    /// <summary>The day a year is judged on: today within the year, else its last day (the demo year 2023 is judged on 2023-12-31).</summary>
    public static DateOnly DefaultDay(int year, DateOnly today) => today.Year == year ? today : new DateOnly(year, 12, 31);
}
