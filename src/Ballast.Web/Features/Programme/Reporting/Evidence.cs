
namespace Ballast.Web.Features.Programme;

/// <summary>A file attached to a submission as evidence (kept in the database: small, audited, and
/// it travels with backups).</summary>
public sealed class Evidence
{
    public int Id { get; set; }
    public int SubmissionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
