namespace Ballast.Web.Features.Programme;

/// <summary>A measurable goal of the plan (指标) with its target (目标值).</summary>
public sealed class Indicator
{
    public int Id { get; set; }
    public int BattleId { get; set; }
    public Battle? Battle { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public IndicatorKind Kind { get; set; }
    /// <summary>Display unit, e.g. 个, 亿元, %.</summary>
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public TargetComparator Comparator { get; set; }
    /// <summary>Text for targets that are not a number: a direction or a milestone.</summary>
    public string? TargetText { get; set; }
    public string? TargetTextEn { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>Shown on the home page among the year's headline targets.</summary>
    public bool IsHeadline { get; set; }
    public int SortOrder { get; set; }

    public int? TaskId { get; set; }
    public PlanTask? Task { get; set; }
    /// <summary>The unit that answers for the indicator (牵头单位) and reports its value.</summary>
    public int? LeadUnitId { get; set; }
    public Organisation.Unit? LeadUnit { get; set; }
    /// <summary>Units that contribute (配合单位).</summary>
    public List<IndicatorSupport> Supporting { get; set; } = [];
    public decimal Weight { get; set; } = 1m;
    /// <summary>The name of a rule in <see cref="ComputedIndicators"/> that takes the actual value
    /// from Ballast's own records instead of a report; null when the lead unit reports it.</summary>
    public string? ComputedRule { get; set; }
    /// <summary>Whether the target counts what exists at the year's end (cumulative) or what is
    /// new this year. Informational: the rule or the report decides the value.</summary>
    public bool IsCumulative { get; set; }
}
