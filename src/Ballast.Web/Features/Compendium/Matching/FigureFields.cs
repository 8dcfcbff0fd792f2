namespace Ballast.Web.Features.Compendium;

/// <summary>The yearly figures a condition may set a threshold on, with their Chinese names and units.</summary>
public static class FigureFields
{
    public sealed record Field(string Code, string Name, bool InPeople, Func<FirmYearFacts, decimal?> Value);

    public static readonly IReadOnlyList<Field> All =
    [
        new("Revenue", "营业收入", false, y => y.Revenue),
        new("Output", "工业总产值", false, y => y.Output),
        new("TaxPaid", "纳税额", false, y => y.TaxPaid),
        new("RdSpending", "研发投入", false, y => y.RdSpending),
        new("Employees", "从业人员", true, y => y.Employees),
        new("ValueAdded", "增加值", false, y => y.ValueAdded),
        new("TotalAssets", "资产总额", false, y => y.TotalAssets),
    ];

    public static Field? Find(string? code) => All.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));
}
