namespace Ballast.Web.Features.Programme;

public enum IndicatorKind
{
    Count,
    Amount,
    Rate,
    Milestone,
    Direction,
}

/// <summary>How the actual value is held against the target.</summary>
public enum TargetComparator
{
    AtLeast,
    About,
    Reach,
}

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
}
