using Ballast.Web.Common;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>What every import does around its writes: refuse a file imported before, write in one
/// transaction under the "import" channel (in batches, each audited as it is saved), and record the
/// batch so that the same file again is a no-op.</summary>
internal static class ImportCommit
{
    public const string NothingToImport = "没有可导入的行";

    public static Task<DateTimeOffset?> DoneAsync(AppDbContext db, string kind, string hash) =>
        db.ImportBatches.AsNoTracking()
            .Where(b => b.Kind == kind && b.FileHash == hash)
            .Select(b => (DateTimeOffset?)b.UploadedAt)
            .FirstOrDefaultAsync();

    public static ImportResult AlreadyImported(DateTimeOffset at) =>
        new(false, 0, 0, [], [], $"该文件已于 {at.ToOffset(CityTime.Offset):yyyy-MM-dd HH:mm} 导入，未重复导入") { AlreadyImported = true };

    public static ImportResult Refused(IReadOnlyList<ImportRow> rejected, IReadOnlyList<string> errors, string message = NothingToImport) =>
        new(false, 0, 0, rejected, [.. errors], message);

    /// <summary>A commit answers with the rejected rows only: the good ones are in the database.</summary>
    public static Action<ImportRow> Rejections(List<ImportRow> into) => row =>
    {
        if (row.Action == RowAction.Reject)
        {
            into.Add(row);
        }
    };

    /// <summary>Runs <paramref name="write"/> and records the batch, all in one transaction. Write
    /// answers how many rows it wrote, or null to keep none of it.</summary>
    /// <returns>Whether anything was committed.</returns>
    public static async Task<bool> RunAsync(AppDbContext db, UserScope scope, string kind, string hash, string fileName, Func<Task<int?>> write)
    {
        var previous = scope.Channel;
        scope.Channel = "import";
        await using var tx = await db.Database.BeginTransactionAsync();
        try
        {
            if (await write() is not { } rows)
            {
                db.ChangeTracker.Clear();
                return false;
            }
            db.ImportBatches.Add(new ImportBatch
            {
                Kind = kind, FileHash = hash, FileName = fileName, UploadedBy = scope.UserName, UploadedAt = db.Time.GetUtcNow(), RowsCommitted = rows,
            });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return true;
        }
        finally
        {
            scope.Channel = previous;
        }
    }
}
