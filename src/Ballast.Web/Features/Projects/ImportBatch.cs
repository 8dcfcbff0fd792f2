namespace Ballast.Web.Features.Projects;

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
