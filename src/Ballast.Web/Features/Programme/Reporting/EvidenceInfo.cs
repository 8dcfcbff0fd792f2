
namespace Ballast.Web.Features.Programme;

/// <summary>An evidence file without its bytes.</summary>
public sealed record EvidenceInfo(int Id, int SubmissionId, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt);
