namespace Ballast.Web.Features.Parks;

/// <summary>One promise judged: what was promised, what was reached (null: not reported or not yet due), and the verdict.</summary>
/// <param name="Year">The year judged, for the yearly per-mu figures; null for investment and the dates.</param>
public sealed record CommitmentCheck(CommitmentItem Item, int? Year, decimal? Promised, decimal? Reached, CheckState State, string Line);

public enum CommitmentItem
{
    Investment,
    Output,
    Tax,
    Start,
    Production,
}

public enum CheckState
{
    /// <summary>Not due yet (before production, or the year is not over).</summary>
    NotDue,
    Met,
    Breached,
    /// <summary>Due, but a figure it needs was not reported: named, never judged as zero.</summary>
    Missing,
}
