using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Programme;

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
