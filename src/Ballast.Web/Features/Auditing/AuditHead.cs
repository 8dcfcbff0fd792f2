namespace Ballast.Web.Features.Auditing;

/// <summary>The single row that holds the end of the chain. Updating it first in every audited
/// transaction serialises writers, so two app instances never fork the chain.</summary>
public sealed class AuditHead
{
    public int Id { get; set; }
    public long LastSeq { get; set; }
    public required string LastHash { get; set; }
}
