namespace Ballast.Web.Features.Organisation;

/// <summary>One password a user has had (its hash), so that a new one cannot repeat the last few.</summary>
public sealed class PasswordHistory
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public AppUser? User { get; set; }
    public required string Hash { get; set; }

    /// <summary>UTC; a DateTime because SQLite cannot compare DateTimeOffset in a query.</summary>
    public DateTime ChangedAt { get; set; }
}
