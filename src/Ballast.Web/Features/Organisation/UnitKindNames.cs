namespace Ballast.Web.Features.Organisation;

/// <summary>Chinese names of the unit kinds; the localizer gives the English ones.</summary>
public static class UnitKindNames
{
    public static string Of(UnitKind kind) => kind switch
    {
        UnitKind.City => "市",
        UnitKind.District => "区市",
        UnitKind.FunctionalArea => "功能区",
        UnitKind.SubDistrict => "街道（镇）",
        UnitKind.Department => "市直部门",
        UnitKind.Park => "产业园区",
        _ => kind.ToString(),
    };
}
