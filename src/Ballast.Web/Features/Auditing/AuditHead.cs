namespace Ballast.Web.Features.Auditing;

/// <summary>The row that holds the end of the chain (<see cref="EndRow"/>). Updating it first in
/// every audited transaction serialises writers, so two app instances never fork the chain. Once
/// old entries have been archived and pruned, a second row (<see cref="AnchorRow"/>) holds where
/// the live chain starts: the number and hash of the last archived entry.</summary>
public sealed class AuditHead
{
    public const int EndRow = 1;
    public const int AnchorRow = 2;

    public int Id { get; set; }
    public long LastSeq { get; set; }
    public required string LastHash { get; set; }

    /// <summary>Counts the saves that changed business records (not sign-ins, sessions or keys).
    /// Cached figures are keyed by it, so a save through any instance retires them at once.</summary>
    public long DataSeq { get; set; }
}
