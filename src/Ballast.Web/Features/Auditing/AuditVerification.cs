namespace Ballast.Web.Features.Auditing;

/// <summary>The outcome of checking a stretch of the chain: <see cref="First"/> is where it started
/// (after the archive anchor, if any), <see cref="Head"/> the hash it ended on.</summary>
public sealed record AuditVerification(bool Intact, long Checked, long? BrokenAt, string? Problem)
{
    public long First { get; init; } = 1;
    public string? Head { get; init; }
}
