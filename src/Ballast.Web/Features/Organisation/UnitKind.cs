namespace Ballast.Web.Features.Organisation;

public enum UnitKind
{
    City,
    District,
    FunctionalArea,
    SubDistrict,
    Department,
    Park,
}
