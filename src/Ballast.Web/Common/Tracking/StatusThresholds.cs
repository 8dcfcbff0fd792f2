namespace Ballast.Web.Common.Tracking;

/// <summary>The traffic-light thresholds of a year, in percentage points of gap to time progress.
/// Cities differ, so they are configuration: default green at gap ≥ 0, red below −30.</summary>
public sealed class StatusThresholds
{
    public int Id { get; set; }
    public int Year { get; set; }
    public decimal GreenFrom { get; set; }
    public decimal RedBelow { get; set; } = -30m;
}
