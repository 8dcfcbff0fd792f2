using Ballast.Web.Common;

namespace Ballast.Web.Features.Programme;

/// <summary>A tracked instruction (督办): from a meeting, a leader or a red indicator, assigned to a
/// unit with a due date, followed through acknowledged → reported → closed, chased when overdue.</summary>
public sealed class SupervisionItem : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public string? Detail { get; set; }
    /// <summary>Where it came from: 会议, 领导批示, 指标预警 …</summary>
    public required string Source { get; set; }
    public int? IndicatorId { get; set; }
    /// <summary>The unit it is assigned to: it sees it, acknowledges and reports; the office,
    /// which issues it, sees and closes every item.</summary>
    public int OwnerUnitId { get; set; }
    public Organisation.Unit? OwnerUnit { get; set; }
    public required string IssuedBy { get; set; }
    public DateOnly DueOn { get; set; }
    public SupervisionState State { get; set; }
    public string? Report { get; set; }
    public int ChaseCount { get; set; }
    public DateOnly? LastChasedOn { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int Version { get; set; }
}
