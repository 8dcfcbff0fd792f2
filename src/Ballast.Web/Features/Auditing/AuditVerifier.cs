using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auditing;

/// <summary>Walks the live trail in order and recomputes every hash: an edited entry fails its
/// own hash, a deleted one leaves a gap in the sequence, a cut-off tail disagrees with the head.
/// After an archive the walk starts at the anchor (the last archived entry), so removing entries
/// from the front beyond it shows as a gap too.</summary>
public static class AuditVerifier
{
    private const int Batch = 2000;

    public static async Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken ct = default)
    {
        // The head first: entries written while the walk goes on lie beyond it and are left for next time.
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.EndRow, ct);
        var anchor = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHead.AnchorRow, ct);
        var first = (anchor?.LastSeq ?? 0) + 1;
        var expectedSeq = first;
        var prev = anchor?.LastHash ?? AuditHash.Genesis;
        while (true)
        {
            var from = expectedSeq;
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Id >= from && e.Id <= head.LastSeq)
                .OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
            foreach (var e in batch)
            {
                if (AuditLink.Problem(e, expectedSeq, prev) is { } problem)
                {
                    return new(false, expectedSeq - first, Math.Min(e.Id, expectedSeq), problem) { First = first };
                }
                prev = e.Hash;
                expectedSeq++;
            }
            if (batch.Count < Batch)
            {
                break;
            }
        }
        var last = expectedSeq - 1;
        if (head.LastSeq != last || head.LastHash != prev)
        {
            return new(false, last - first + 1, last + 1, $"the trail ends at entry {last} but the head says {head.LastSeq}") { First = first };
        }
        return new(true, last - first + 1, null, null) { First = first, Head = prev };
    }

    public static async Task<int> RunAsync(AppDbContext db, TextWriter output)
    {
        var result = await VerifyAsync(db);
        await output.WriteLineAsync(Describe(result));
        return result.Intact ? 0 : 1;
    }

    public static string Describe(AuditVerification result) => result.Intact
        ? $"audit trail intact: {result.Checked} entries verified" + (result.First > 1 ? $" (from entry {result.First}, after the archive)" : "")
            + $"; head {result.Head}"
        : $"audit trail BROKEN at entry {result.BrokenAt}: {result.Problem} ({result.Checked} entries verified before it)";
}
