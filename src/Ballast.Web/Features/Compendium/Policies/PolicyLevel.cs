namespace Ballast.Web.Features.Compendium;

public enum PolicyLevel
{
    City,
    District,
    Park,
}
