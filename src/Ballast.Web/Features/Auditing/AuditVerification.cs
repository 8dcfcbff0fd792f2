
namespace Ballast.Web.Features.Auditing;

public sealed record AuditVerification(bool Intact, long Checked, long? BrokenAt, string? Problem);
