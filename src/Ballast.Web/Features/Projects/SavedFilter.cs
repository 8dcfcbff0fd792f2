namespace Ballast.Web.Features.Projects;

/// <summary>A named project-list query a user keeps (the filters live in the URL; this keeps the URL).</summary>
public sealed class SavedFilter
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public required string Name { get; set; }
    public required string Query { get; set; }
}

/// <summary>An imported file, remembered by its hash so that uploading it again changes nothing.</summary>
public sealed class ImportBatch
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public required string FileHash { get; set; }
    public required string FileName { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public int RowsCommitted { get; set; }
}
