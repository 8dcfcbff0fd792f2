
namespace Ballast.Web.Features.Lists;

/// <summary>Chinese names of a carrier's kind and availability; the localizer gives the English.</summary>
public static class CarrierNames
{
    public static string Of(CarrierKind kind) => kind switch
    {
        CarrierKind.Land => "土地",
        CarrierKind.Building => "楼宇",
        CarrierKind.Factory => "厂房",
        _ => kind.ToString(),
    };

    public static string Of(CarrierAvailability availability) => availability switch
    {
        CarrierAvailability.Available => "可供",
        CarrierAvailability.Reserved => "已预留",
        CarrierAvailability.Taken => "已占用",
        _ => availability.ToString(),
    };

    /// <summary>Land is measured in 亩, floor space in m².</summary>
    public static string Unit(CarrierKind kind) => kind == CarrierKind.Land ? "亩" : "m²";
}
