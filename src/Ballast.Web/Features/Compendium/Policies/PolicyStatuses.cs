using System.Linq.Expressions;

namespace Ballast.Web.Features.Compendium;

/// <summary>A policy's status as people read it: one recorded in force whose expiry date has passed is
/// expired, whether or not anyone has recorded that yet (the city's clock decides, on every read).</summary>
public static class PolicyStatuses
{
    public static PolicyStatus Effective(Policy p, DateOnly today) => Effective(p.Status, p.ExpiresOn, today);

    public static PolicyStatus Effective(PolicyStatus status, DateOnly? expiresOn, DateOnly today) =>
        status == PolicyStatus.InForce && expiresOn < today ? PolicyStatus.Expired : status;

    public static Expression<Func<Policy, bool>> InForceOn(DateOnly today) =>
        p => p.Status == PolicyStatus.InForce && (p.ExpiresOn == null || p.ExpiresOn >= today);

    public static Expression<Func<Policy, bool>> Is(PolicyStatus status, DateOnly today) => status switch
    {
        PolicyStatus.InForce => InForceOn(today),
        PolicyStatus.Expired => p => p.Status == PolicyStatus.Expired || (p.Status == PolicyStatus.InForce && p.ExpiresOn < today),
        _ => p => p.Status == status,
    };

    public static string Name(PolicyStatus s) => s switch
    {
        PolicyStatus.InForce => "现行有效",
        PolicyStatus.Expired => "已失效",
        PolicyStatus.Replaced => "已被替代",
        _ => "已废止",
    };

    public static string Badge(PolicyStatus s) => s switch
    {
        PolicyStatus.InForce => "text-bg-success",
        PolicyStatus.Replaced => "text-bg-info",
        _ => "text-bg-secondary",
    };

    public static string Name(PolicyLevel l) => l switch
    {
        PolicyLevel.City => "市级",
        PolicyLevel.District => "区（市）级",
        _ => "园区",
    };

    public static string Name(PolicyKind k) => k == PolicyKind.General ? "普惠" : "精准";
}
