namespace Ballast.Web.Features.Auditing;

/// <summary>The first line of an archive file: which entries follow, the hash of the entry before
/// the first (so that the segment verifies on its own) and of the last (the live chain's anchor
/// once they are pruned).</summary>
public sealed record AuditArchiveHeader(string Format, int Version, long First, long Last, long Count, string PrevHash, string LastHash,
    DateTimeOffset Before, DateTimeOffset CreatedAt)
{
    public const string Kind = "ballast-audit-archive";
}
