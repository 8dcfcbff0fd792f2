namespace Ballast.Web.Features.Compendium;

/// <summary>The words the public pages use for a policy's level and kind (localised by the page); the status words
/// are the compendium's own (<see cref="PolicyStatuses.Name(PolicyStatus)"/>).</summary>
public static class PublicPolicyNames
{
    public static string Level(PolicyLevel level) => level switch
    {
        PolicyLevel.City => "市级",
        PolicyLevel.District => "区（市）级",
        _ => "园区级",
    };

    public static string Kind(PolicyKind kind) => kind == PolicyKind.General ? "普惠政策" : "精准政策";
}
