namespace Ballast.Web.Common.Excel;

/// <summary>Units money is reported in. Ballast stores 万元 (cn-standards: 1 亿元 = 10,000 万元).</summary>
public enum AmountUnit
{
    /// <summary>元</summary>
    Yuan,

    /// <summary>万元</summary>
    Wan,

    /// <summary>亿元</summary>
    Yi,
}
