using Ballast.Web.Common;

namespace Ballast.Web.Features.Programme;

/// <summary>A weight change asked for after publication: applied only when a different person
/// approves it.</summary>
public sealed class WeightChangeRequest : IVersioned
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
    public int Version { get; set; }
}
