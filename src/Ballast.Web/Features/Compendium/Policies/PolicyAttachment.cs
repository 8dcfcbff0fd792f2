namespace Ballast.Web.Features.Compendium;

/// <summary>A file that goes with a policy (the signed original, an application form). Checked by the
/// upload inspector; served as an attachment, on the public page only when <see cref="IsPublic"/>.</summary>
public sealed class PolicyAttachment
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public long Size { get; set; }
    public bool IsPublic { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
