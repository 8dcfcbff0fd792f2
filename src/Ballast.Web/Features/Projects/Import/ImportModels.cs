using Ballast.Web.Common.Excel;

namespace Ballast.Web.Features.Projects.Import;

public enum RowAction
{
    Create,
    Update,
    Reject,
}

/// <summary>What the import will do with one sheet row, and why not when it will not.</summary>
public sealed record ImportRow(int RowNumber, string? Name, RowAction Action, IReadOnlyList<string> Problems);

/// <summary>The preview of an upload: nothing is written until the user commits it.</summary>
public sealed record ImportPreview(string Kind, string FileHash, string FileName, IReadOnlyList<string> SheetErrors, string? UnmatchedNotice,
    IReadOnlyList<ImportRow> Rows, IReadOnlyList<SkippedRow> Skipped, DateTimeOffset? AlreadyImportedAt)
{
    public int Good => Rows.Count(r => r.Action != RowAction.Reject);
    public int Rejected => Rows.Count(r => r.Action == RowAction.Reject);
    public bool CanCommit => SheetErrors.Count == 0 && Good > 0 && AlreadyImportedAt is null;
}

/// <summary>The outcome of a commit: the counts, and each rejected row's number and reason.</summary>
public sealed record ImportResult(bool Committed, int Created, int Updated, IReadOnlyList<ImportRow> Rejected, IReadOnlyList<string> SheetErrors, string? Message)
{
    /// <summary>The file was imported before: nothing written, and nothing wrong either.</summary>
    public bool AlreadyImported { get; init; }
}
