using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A firm's figures for one year as a user may enter them; money in 万元. A figure left empty
/// stays "not reported", never zero.</summary>
public sealed class EnterpriseYearInput
{
    [Range(1990, 2100, ErrorMessage = "年度须在1990年至2100年之间")]
    [Display(Name = "年度")]
    public int Year { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "营业收入须为非负数（万元）")]
    [Display(Name = "营业收入（万元）")]
    public decimal? Revenue { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "产值须为非负数（万元）")]
    [Display(Name = "产值（万元）")]
    public decimal? Output { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "增加值须为非负数（万元）")]
    [Display(Name = "增加值（万元）")]
    public decimal? ValueAdded { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "纳税额须为非负数（万元）")]
    [Display(Name = "纳税（万元）")]
    public decimal? TaxPaid { get; set; }

    [Range(typeof(decimal), "0", "1000000000", ErrorMessage = "研发投入须为非负数（万元）")]
    [Display(Name = "研发投入（万元）")]
    public decimal? RdSpending { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "从业人员须为非负整数")]
    [Display(Name = "从业人员（人）")]
    public int? Employees { get; set; }

    [Range(typeof(decimal), "0", "10000000000", ErrorMessage = "资产总额须为非负数（万元）")]
    [Display(Name = "资产总额（万元）")]
    public decimal? TotalAssets { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "能耗须为非负数（吨标准煤）")]
    [Display(Name = "综合能耗（吨标准煤）")]
    public decimal? EnergyTce { get; set; }

    [Range(typeof(decimal), "0", "1000000", ErrorMessage = "用地须为非负数（亩）")]
    [Display(Name = "用地（亩）")]
    public decimal? LandMu { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "建筑面积须为非负数（平方米）")]
    [Display(Name = "建筑面积（平方米）")]
    public decimal? FloorAreaM2 { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "排放量须为非负数（吨）")]
    [Display(Name = "主要污染物排放（吨）")]
    public decimal? EmissionsT { get; set; }

    [Required(ErrorMessage = "请填写数据来源")]
    [StringLength(100, ErrorMessage = "数据来源不超过100字")]
    [Display(Name = "数据来源")]
    public string Source { get; set; } = "";

    public int Version { get; set; }

    public void ApplyTo(EnterpriseYear y)
    {
        y.Year = Year;
        y.Revenue = Revenue;
        y.Output = Output;
        y.ValueAdded = ValueAdded;
        y.TaxPaid = TaxPaid;
        y.RdSpending = RdSpending;
        y.Employees = Employees;
        y.TotalAssets = TotalAssets;
        y.EnergyTce = EnergyTce;
        y.LandMu = LandMu;
        y.FloorAreaM2 = FloorAreaM2;
        y.EmissionsT = EmissionsT;
        y.Source = Source.Trim();
    }

    public static EnterpriseYearInput From(EnterpriseYear y) => new()
    {
        Year = y.Year, Revenue = y.Revenue, Output = y.Output, ValueAdded = y.ValueAdded, TaxPaid = y.TaxPaid, RdSpending = y.RdSpending,
        Employees = y.Employees, TotalAssets = y.TotalAssets, EnergyTce = y.EnergyTce, LandMu = y.LandMu, FloorAreaM2 = y.FloorAreaM2,
        EmissionsT = y.EmissionsT, Source = y.Source, Version = y.Version,
    };
}
