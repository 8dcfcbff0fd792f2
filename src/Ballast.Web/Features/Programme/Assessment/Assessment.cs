using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Programme;

/// <summary>A year's scoring scheme (考核方案) for one kind of unit (districts, departments).</summary>
public sealed class AssessmentScheme
{
    public int Id { get; set; }
    public int Year { get; set; }
    public UnitKind UnitKind { get; set; }
    public required string Name { get; set; }
    /// <summary>Once results are published, a weight changes only with a second person's approval.</summary>
    public bool IsPublished { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public List<AssessmentItem> Items { get; set; } = [];
}

/// <summary>An indicator and its weight in a scheme.</summary>
public sealed class AssessmentItem
{
    public int Id { get; set; }
    public int SchemeId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public decimal Weight { get; set; }
}

/// <summary>A bonus or penalty given to a unit in a year's assessment, always with a reason.</summary>
public sealed class AssessmentAdjustment
{
    public int Id { get; set; }
    public int SchemeId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public decimal Points { get; set; }
    public required string Reason { get; set; }
    public required string EnteredBy { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
}

public enum ChangeRequestState
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A weight change asked for after publication: applied only when a different person
/// approves it.</summary>
public sealed class WeightChangeRequest
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public AssessmentItem? Item { get; set; }
    public decimal FromWeight { get; set; }
    public decimal ToWeight { get; set; }
    public required string Reason { get; set; }
    public required string RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public ChangeRequestState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
