namespace Ballast.Web.Features.Parks;

/// <summary>The yearly figures a per-mu formula may name, with the Chinese words the results use for them.</summary>
public static class PerMuFigures
{
    public const string LandMu = nameof(LandMu);

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TaxPaid"] = "税收", ["Revenue"] = "营业收入", ["Output"] = "产值", ["ValueAdded"] = "增加值", ["RdSpending"] = "研发经费",
        ["Employees"] = "从业人员", ["TotalAssets"] = "资产总额", ["EnergyTce"] = "综合能耗", ["EmissionsT"] = "主要污染物排放",
        [LandMu] = "用地面积",
    };

    public static string Label(string name) => Labels.TryGetValue(name, out var label) ? label : name;
}
