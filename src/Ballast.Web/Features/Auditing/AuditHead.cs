namespace Ballast.Web.Features.Auditing;

/// <summary>The single row that holds the end of the chain. Updating it first in every audited
/// transaction serialises writers, so two app instances never fork the chain.</summary>
public sealed class AuditHead
{
    public int Id { get; set; }
    public long LastSeq { get; set; }
    public required string LastHash { get; set; }

    /// <summary>Counts the saves that changed business records (not sign-ins, sessions or keys).
    /// Cached figures are keyed by it, so a save through any instance retires them at once.</summary>
    public long DataSeq { get; set; }
}
