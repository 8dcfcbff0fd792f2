
namespace Ballast.Web.Features.Projects;

/// <summary>How the project reached the city (for referral rewards and promotion statistics).</summary>
public enum ProjectOrigin
{
    OwnPromotion,
    Referral,
    Campaign,
    Agency,
}
