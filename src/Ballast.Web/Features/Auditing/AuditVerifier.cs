using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auditing;

/// <summary>Walks the whole trail in order and recomputes every hash: an edited entry fails its
/// own hash, a deleted one leaves a gap in the sequence, a cut-off tail disagrees with the head.</summary>
public static class AuditVerifier
{
    private const int Batch = 2000;

    public static async Task<AuditVerification> VerifyAsync(AppDbContext db, CancellationToken ct = default)
    {
        var expectedSeq = 1L;
        var prev = AuditHash.Genesis;
        while (true)
        {
            var from = expectedSeq;
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Id >= from).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
            foreach (var e in batch)
            {
                if (e.Id != expectedSeq)
                {
                    return new(false, expectedSeq - 1, expectedSeq, $"entry {expectedSeq} is missing");
                }
                if (e.PrevHash != prev)
                {
                    return new(false, expectedSeq - 1, e.Id, $"entry {e.Id} does not follow entry {e.Id - 1}");
                }
                if (AuditHash.Compute(e) != e.Hash)
                {
                    return new(false, expectedSeq - 1, e.Id, $"entry {e.Id} was altered");
                }
                prev = e.Hash;
                expectedSeq++;
            }
            if (batch.Count < Batch)
            {
                break;
            }
        }
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == 1, ct);
        var last = expectedSeq - 1;
        if (head.LastSeq != last || head.LastHash != prev)
        {
            return new(false, last, last + 1, $"the trail ends at entry {last} but the head says {head.LastSeq}");
        }
        return new(true, last, null, null);
    }

    public static async Task<int> RunAsync(AppDbContext db, TextWriter output)
    {
        var result = await VerifyAsync(db);
        await output.WriteLineAsync(result.Intact
            ? $"audit trail intact: {result.Checked} entries verified"
            : $"audit trail BROKEN at entry {result.BrokenAt}: {result.Problem} ({result.Checked} entries verified before it)");
        return result.Intact ? 0 : 1;
    }
}
