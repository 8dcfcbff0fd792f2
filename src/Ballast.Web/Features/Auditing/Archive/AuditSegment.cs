using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Auditing;

/// <summary>The oldest stretch of the live chain recorded before a moment: from the first live
/// entry (after the anchor) up to the last one before the first entry at or after the moment, so
/// that what is archived is always a prefix and what stays still links to it.</summary>
public static class AuditSegment
{
    private const int Batch = 10_000;

    public static async Task<AuditArchiveHeader?> FindAsync(AppDbContext db, DateTimeOffset before, DateTimeOffset now, CancellationToken ct = default)
    {
        var anchor = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHead.AnchorRow, ct);
        var first = (anchor?.LastSeq ?? 0) + 1;
        var end = await db.AuditHeads.AsNoTracking().Where(h => h.Id == AuditHead.EndRow).Select(h => h.LastSeq).SingleAsync(ct);
        var last = end;
        // Timestamps are compared here, not in SQL: SQLite cannot compare DateTimeOffset columns.
        for (var from = first; from <= end; from += Batch)
        {
            var lo = from;
            var rows = await db.AuditEntries.AsNoTracking().Where(e => e.Id >= lo).OrderBy(e => e.Id).Take(Batch)
                .Select(e => new { e.Id, e.At }).ToListAsync(ct);
            if (rows.FirstOrDefault(r => r.At >= before) is { } young)
            {
                last = young.Id - 1;
                break;
            }
        }
        if (last < first)
        {
            return null;
        }
        var lastHash = await db.AuditEntries.AsNoTracking().Where(e => e.Id == last).Select(e => e.Hash).SingleAsync(ct);
        return new AuditArchiveHeader(AuditArchiveHeader.Kind, 1, first, last, last - first + 1, anchor?.LastHash ?? AuditHash.Genesis,
            lastHash, before, now);
    }
}
