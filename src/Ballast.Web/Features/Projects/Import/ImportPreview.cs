using Ballast.Web.Common.Excel;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>The preview of an upload: nothing is written until the user commits it.</summary>
public sealed record ImportPreview(string Kind, string FileHash, string FileName, IReadOnlyList<string> SheetErrors, string? UnmatchedNotice,
    IReadOnlyList<ImportRow> Rows, IReadOnlyList<SkippedRow> Skipped, DateTimeOffset? AlreadyImportedAt)
{
    public int Good => Rows.Count(r => r.Action != RowAction.Reject);
    public int Rejected => Rows.Count(r => r.Action == RowAction.Reject);
    public bool CanCommit => SheetErrors.Count == 0 && Good > 0 && AlreadyImportedAt is null;
}
