namespace Ballast.Web.Common.Excel;

public static class AmountUnits
{
    public static decimal InYuan(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => 1m,
        AmountUnit.Wan => 10_000m,
        AmountUnit.Yi => 100_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>What a value in <paramref name="from"/> is multiplied by to be in <paramref name="to"/>.</summary>
    public static decimal Factor(AmountUnit from, AmountUnit to) => from.InYuan() / to.InYuan();

    public static string Label(this AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => "元",
        AmountUnit.Wan => "万元",
        AmountUnit.Yi => "亿元",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>"亿元"/"亿", "万元"/"万", "元" (already half-width and trimmed).</summary>
    public static AmountUnit? Parse(string s) => s switch
    {
        "亿元" or "亿" => AmountUnit.Yi,
        "万元" or "万" => AmountUnit.Wan,
        "元" => AmountUnit.Yuan,
        _ => null,
    };
}
