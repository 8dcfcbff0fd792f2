
namespace Ballast.Web.Common.Codes;

public enum RegionLevel
{
    Province,
    City,
    County,
}
