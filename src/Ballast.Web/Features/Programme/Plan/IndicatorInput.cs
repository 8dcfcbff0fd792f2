using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Programme;

/// <summary>The fields of an indicator the programme office may change (no mass assignment).</summary>
public sealed class IndicatorInput
{
    [Required(ErrorMessage = "请填写指标名称")]
    [StringLength(200, ErrorMessage = "指标名称不超过200字")]
    public string Name { get; set; } = "";

    [StringLength(300)]
    public string? NameEn { get; set; }

    public IndicatorKind Kind { get; set; }

    [StringLength(20, ErrorMessage = "单位不超过20字")]
    public string? Unit { get; set; }

    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public TargetComparator Comparator { get; set; }

    [StringLength(100, ErrorMessage = "目标说明不超过100字")]
    public string? TargetText { get; set; }

    public DateOnly? Deadline { get; set; }
    public int? LeadUnitId { get; set; }
    public int? TaskId { get; set; }

    [Range(typeof(decimal), "0", "100", ErrorMessage = "权重须在0到100之间")]
    public decimal Weight { get; set; } = 1m;

    public string? ComputedRule { get; set; }
    public bool IsHeadline { get; set; }

    public static IndicatorInput From(Indicator i) => new()
    {
        Name = i.Name, NameEn = i.NameEn, Kind = i.Kind, Unit = i.Unit, Baseline = i.Baseline, Target = i.Target, Comparator = i.Comparator,
        TargetText = i.TargetText, Deadline = i.Deadline, LeadUnitId = i.LeadUnitId, TaskId = i.TaskId, Weight = i.Weight,
        ComputedRule = i.ComputedRule, IsHeadline = i.IsHeadline,
    };

    /// <summary>Returns a Chinese problem, or null after copying the fields.</summary>
    public string? ApplyTo(Indicator i)
    {
        if (Kind is IndicatorKind.Count or IndicatorKind.Amount or IndicatorKind.Rate && Target is null)
        {
            return "数量、金额和比率指标须填写目标值";
        }
        if (!string.IsNullOrEmpty(ComputedRule) && ComputedIndicators.Find(ComputedRule) is null)
        {
            return "计算规则不存在";
        }
        i.Name = Name.Trim();
        i.NameEn = string.IsNullOrWhiteSpace(NameEn) ? null : NameEn.Trim();
        i.Kind = Kind;
        i.Unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        i.Baseline = Baseline;
        i.Target = Target;
        i.Comparator = Comparator;
        i.TargetText = string.IsNullOrWhiteSpace(TargetText) ? null : TargetText.Trim();
        i.Deadline = Deadline;
        i.LeadUnitId = LeadUnitId;
        i.TaskId = TaskId;
        i.Weight = Weight;
        i.ComputedRule = string.IsNullOrEmpty(ComputedRule) ? null : ComputedRule;
        i.IsHeadline = IsHeadline;
        return null;
    }
}
