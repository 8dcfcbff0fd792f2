using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>An indicator of a scheme as a user enters it.</summary>
public sealed class IndicatorInput
{
    public PerMuGroup Group { get; set; }

    [Required(ErrorMessage = "请填写指标代码")]
    [StringLength(32, ErrorMessage = "指标代码不超过32字")]
    [Display(Name = "指标代码")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请填写指标名称")]
    [StringLength(100, ErrorMessage = "指标名称不超过100字")]
    [Display(Name = "指标名称")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写计算公式")]
    [StringLength(300, ErrorMessage = "计算公式不超过300字")]
    [Display(Name = "计算公式")]
    public string Formula { get; set; } = "";

    [StringLength(30, ErrorMessage = "计量单位不超过30字")]
    [Display(Name = "计量单位")]
    public string? ValueUnit { get; set; }

    [Range(typeof(decimal), "0.0001", "1000", ErrorMessage = "权重须在0.0001至1000之间")]
    [Display(Name = "权重")]
    public decimal Weight { get; set; }

    [Range(typeof(decimal), "0.000001", "1000000000", ErrorMessage = "基准值须为正数")]
    [Display(Name = "基准值")]
    public decimal? Benchmark { get; set; }

    [Range(typeof(decimal), "0.01", "100", ErrorMessage = "封顶倍数须在0.01至100之间")]
    [Display(Name = "封顶倍数")]
    public decimal? RatioCap { get; set; }

    public static IndicatorInput From(PerMuIndicator i) => new()
    {
        Group = i.Group, Code = i.Code, Name = i.Name, Formula = i.Formula, ValueUnit = i.ValueUnit, Weight = i.Weight,
        Benchmark = i.Benchmark, RatioCap = i.RatioCap,
    };

    public PerMuIndicator ToIndicator(int sortOrder) => new()
    {
        Group = Group, Code = Code.Trim(), Name = Name.Trim(), Formula = Formula.Trim(), ValueUnit = string.IsNullOrWhiteSpace(ValueUnit) ? null : ValueUnit.Trim(),
        Weight = Weight, Benchmark = Benchmark, RatioCap = RatioCap, SortOrder = sortOrder,
    };
}
