using Ballast.Web.Common;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>What every import does around its writes: refuse what the preview said cannot go in,
/// write in one transaction under the "import" channel, and record the batch so that the same file
/// again is a no-op.</summary>
internal static class ImportCommit
{
    /// <summary>The answer when the preview already says nothing will be written; null to go on.</summary>
    public static ImportResult? Refusal(ImportPreview preview)
    {
        var rejected = preview.Rows.Where(r => r.Action == RowAction.Reject).ToList();
        if (preview.AlreadyImportedAt is { } at)
        {
            var message = $"该文件已于 {at.ToOffset(CityTime.Offset):yyyy-MM-dd HH:mm} 导入，未重复导入";
            return new ImportResult(false, 0, 0, rejected, preview.SheetErrors, message)
            {
                AlreadyImported = true,
            };
        }
        return preview.CanCommit ? null : new ImportResult(false, 0, 0, rejected, preview.SheetErrors, "没有可导入的行");
    }

    /// <summary>Runs <paramref name="write"/> and records the batch, all in one transaction.</summary>
    /// <returns>Why nothing was written, or an empty list when everything was.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(AppDbContext db, UserScope scope, ImportPreview preview, int rows,
        Func<Task<IReadOnlyList<string>>> write)
    {
        var previous = scope.Channel;
        scope.Channel = "import";
        await using var tx = await db.Database.BeginTransactionAsync();
        try
        {
            var errors = await write();
            if (errors.Count > 0)
            {
                return errors;
            }
            db.ImportBatches.Add(new ImportBatch
            {
                Kind = preview.Kind, FileHash = preview.FileHash, FileName = preview.FileName, UploadedBy = scope.UserName,
                UploadedAt = db.Time.GetUtcNow(), RowsCommitted = rows,
            });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return [];
        }
        finally
        {
            scope.Channel = previous;
        }
    }
}
