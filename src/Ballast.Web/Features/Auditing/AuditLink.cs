namespace Ballast.Web.Features.Auditing;

/// <summary>The check every entry of the chain must pass, in the database or in an archive file:
/// it has the next number, names the previous entry's hash, and its own hash is what its columns
/// give. Pure: the verifier and the archive share it.</summary>
public static class AuditLink
{
    /// <returns>Null when the entry fits; otherwise what is wrong with it.</returns>
    public static string? Problem(AuditEntry e, long expectedSeq, string prevHash)
    {
        if (e.Id != expectedSeq)
        {
            return e.Id > expectedSeq ? $"entry {expectedSeq} is missing" : $"entry {e.Id} is out of order";
        }
        if (e.PrevHash != prevHash)
        {
            return $"entry {e.Id} does not follow entry {e.Id - 1}";
        }
        return AuditHash.Compute(e) != e.Hash ? $"entry {e.Id} was altered" : null;
    }
}
