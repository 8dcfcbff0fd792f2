using System.Text.Json;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auditing;

/// <summary>Removes archived entries from the database in one transaction: takes the chain's lock,
/// deletes exactly the archived stretch, moves the anchor to its last entry and records the
/// archive (file name and digest) as an entry of the live chain, so the pruning is itself audited.</summary>
public static class AuditPrune
{
    public static async Task RunAsync(AppDbContext db, AuditArchiveHeader archive, string fileName, string sha256, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The lock every audited write takes first: nothing is appended while the front moves.
        await db.AuditHeads.Where(h => h.Id == AuditHead.EndRow).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSeq, h => h.LastSeq), ct);
        var anchor = await db.AuditHeads.SingleOrDefaultAsync(h => h.Id == AuditHead.AnchorRow, ct);
        if ((anchor?.LastSeq ?? 0) + 1 != archive.First)
        {
            throw new InvalidOperationException("The live trail no longer starts where the archive does (another archive ran): nothing pruned.");
        }
        var deleted = await db.AuditEntries.Where(e => e.Id >= archive.First && e.Id <= archive.Last).ExecuteDeleteAsync(ct);
        if (deleted != archive.Count)
        {
            throw new InvalidOperationException($"Expected to prune {archive.Count} entries but found {deleted}: nothing pruned.");
        }
        if (anchor is null)
        {
            db.AuditHeads.Add(new AuditHead { Id = AuditHead.AnchorRow, LastSeq = archive.Last, LastHash = archive.LastHash });
        }
        else
        {
            anchor.LastSeq = archive.Last;
            anchor.LastHash = archive.LastHash;
        }
        var detail = JsonSerializer.Serialize(new { file = fileName, sha256, first = archive.First, last = archive.Last, lastHash = archive.LastHash },
            AuditArchiveFile.Json);
        db.AddAuditEvent(AuditActions.Archive, nameof(AuditEntry), $"{archive.First}-{archive.Last}", detail);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
