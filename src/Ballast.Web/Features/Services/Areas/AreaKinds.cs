namespace Ballast.Web.Features.Services;

/// <summary>The designation kinds of service areas the plan counts.</summary>
public static class AreaKinds
{
    public const string Cluster = "service-cluster";
    public const string InnovationCentre = "service-innovation-centre";
}
