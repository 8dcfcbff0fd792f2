namespace Ballast.Web.Features.Auditing;

/// <summary>One change to one record, append-only. <see cref="Hash"/> covers every other column
/// and the previous entry's hash, so editing or deleting any entry breaks the chain.</summary>
public sealed class AuditEntry
{
    /// <summary>Sequence number: 1, 2, 3 … with no gaps.</summary>
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }
    public required string UserName { get; set; }
    public required string Channel { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public required string PrevHash { get; set; }
    public required string Hash { get; set; }
}
