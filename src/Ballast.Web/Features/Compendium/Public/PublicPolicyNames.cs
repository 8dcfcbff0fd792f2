namespace Ballast.Web.Features.Compendium;

/// <summary>The words the public pages use for a policy's level, kind and status (localised by the page).</summary>
public static class PublicPolicyNames
{
    public static string Level(PolicyLevel level) => level switch
    {
        PolicyLevel.City => "市级",
        PolicyLevel.District => "区（市）级",
        _ => "园区级",
    };

    public static string Kind(PolicyKind kind) => kind == PolicyKind.General ? "普惠政策" : "精准政策";

    public static string Status(PolicyStatus status) => status switch
    {
        PolicyStatus.InForce => "现行有效",
        PolicyStatus.Expired => "已失效",
        PolicyStatus.Replaced => "已被替代",
        _ => "已废止",
    };
}
