namespace Ballast.Web.Features.Compendium;

public enum PolicyStatus
{
    InForce,
    Expired,
    Replaced,
    Repealed,
}
