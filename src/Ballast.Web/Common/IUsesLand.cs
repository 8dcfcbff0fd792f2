namespace Ballast.Web.Common;

/// <summary>A record that uses land: a project and a firm carry the same land fields, checked by the same rules.</summary>
public interface IUsesLand
{
    /// <summary>Area in 亩 (1 亩 = 666.67 m²).</summary>
    decimal? LandAreaMu { get; }
    /// <summary>The parcel's code (宗地编码).</summary>
    string? ParcelCode { get; }
    /// <summary>The day the land-use right was obtained (土地使用权取得日期).</summary>
    DateOnly? LandRightOn { get; }
    /// <summary>Granted as 标准地, with commitments on investment, output and tax per mu.</summary>
    bool IsStandardLand { get; }
}
