using Ballast.Web.Common.Codes;

namespace Ballast.Web.Features.Reference;

/// <summary>Chinese names of the GB/T 2260 levels; the localizer gives the English ones.</summary>
public static class RegionLevelNames
{
    public static string Of(RegionLevel level) => level switch
    {
        RegionLevel.Province => "省级",
        RegionLevel.City => "地级",
        RegionLevel.County => "县级",
        _ => level.ToString(),
    };
}
