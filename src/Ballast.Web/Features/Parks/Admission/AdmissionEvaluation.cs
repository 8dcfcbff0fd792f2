using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>The judgement of a project applying to enter a park (入园评估), against the threshold of the park
/// and year as it stood. The figures judged are kept, so the result can be explained later.</summary>
public sealed class AdmissionEvaluation : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Projects.Project? Project { get; set; }
    public int ParkId { get; set; }
    public int ThresholdId { get; set; }
    public int Year { get; set; }
    /// <summary>Investment judged, 万元.</summary>
    public decimal Investment { get; set; }
    public decimal LandMu { get; set; }
    /// <summary>Expected yearly output and tax, 万元.</summary>
    public decimal? ExpectedOutput { get; set; }
    public decimal? ExpectedTax { get; set; }
    public int? ChainId { get; set; }
    public AdmissionResult Result { get; set; }
    /// <summary>One line per threshold: met, short or not applied, with the figures.</summary>
    public required string Reasons { get; set; }
    public required string EvaluatedBy { get; set; }
    public DateTimeOffset EvaluatedAt { get; set; }
    public OverrideState OverrideState { get; set; }
    public AdmissionResult? OverrideResult { get; set; }
    public string? OverrideReason { get; set; }
    public string? OverrideRequestedBy { get; set; }
    public string? OverrideDecidedBy { get; set; }
    public DateTimeOffset? OverrideDecidedAt { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
