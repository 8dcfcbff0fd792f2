namespace Ballast.Web.Features.Parks;

/// <summary>The example schemes' contents. Weights and cut-offs follow the documents; benchmarks and the land floor
/// are plausible values for a coastal manufacturing city, to be replaced by the city's own.</summary>
public static class PerMuExampleSchemes
{
    public static SchemeInput Shandong() => new()
    {
        Year = PerMuExamples.Year, Name = "山东省亩均效益评价（2023年，示例）", Basis = "鲁政字〔2019〕235号",
        Scoring = ScoringMethod.MinMax, Grading = GradeMethod.Percentile, CutA = 20, CutB = 50, CutC = 95,
        ScopeDivisions = "13-43", MinLandMu = 3, RankGroupsApart = true,
        Indicators =
        [
            Above("tax-per-mu", "单位用地税收", "TaxPaid / LandMu", "万元/亩", 40, 15),
            Above("sales-per-energy", "单位能耗销售收入", "Revenue / EnergyTce", "万元/吨标准煤", 15, 60),
            Above("sales-per-emission", "单位污染物排放销售收入", "Revenue / EmissionsT", "万元/吨", 15, 500),
            Above("rd-intensity", "研发经费投入强度", "RdSpending / Revenue * 100", "%", 15, 2.5m),
            Above("labour-productivity", "全员劳动生产率", "ValueAdded / Employees", "万元/人", 15, 25),
            Below("tax-per-mu", "单位用地税收", 100, 10, null),
        ],
    };

    public static SchemeInput Zhejiang() => new()
    {
        Year = PerMuExamples.Year, Name = "浙江式亩均效益综合评价（2023年，示例）", Basis = "参照浙江省“亩均论英雄”改革做法",
        Scoring = ScoringMethod.Ratio, Grading = GradeMethod.Percentile, CutA = 20, CutB = 70, CutC = 95,
        ExemptYoungerThanYears = 2, ExemptDivisions = "44,45,46", ScopeDivisions = "06-46", MinLandMu = 5, RankGroupsApart = true,
        Indicators =
        [
            Above("tax-per-mu", "亩均税收", "TaxPaid / LandMu", "万元/亩", 30, 20, 2),
            Above("va-per-mu", "亩均增加值", "ValueAdded / LandMu", "万元/亩", 20, 100, 2),
            Above("va-per-energy", "单位能耗增加值", "ValueAdded / EnergyTce", "万元/吨标准煤", 20, 1.5m, 2),
            Above("va-per-emission", "单位排放增加值", "ValueAdded / EmissionsT", "万元/吨", 10, 150, 2),
            Above("labour-productivity", "全员劳动生产率", "ValueAdded / Employees", "万元/人", 10, 30, 2),
            Above("rd-share", "研发经费占营业收入比重", "RdSpending / Revenue * 100", "%", 10, 3, 2),
            Below("tax-per-mu", "亩均税收", 100, 10, 2),
        ],
    };

    private static IndicatorInput Above(string code, string name, string formula, string unit, decimal weight, decimal benchmark, decimal? cap = null) =>
        new() { Group = PerMuGroup.AboveScale, Code = code, Name = name, Formula = formula, ValueUnit = unit, Weight = weight, Benchmark = benchmark, RatioCap = cap };

    private static IndicatorInput Below(string code, string name, decimal weight, decimal benchmark, decimal? cap) =>
        new() { Group = PerMuGroup.BelowScale, Code = code, Name = name, Formula = "TaxPaid / LandMu", ValueUnit = "万元/亩", Weight = weight, Benchmark = benchmark, RatioCap = cap };
}
