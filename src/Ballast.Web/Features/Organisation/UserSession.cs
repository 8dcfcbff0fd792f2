namespace Ballast.Web.Features.Organisation;

/// <summary>A signed-in session, held on the server so that signing out ends it for good (a copied
/// cookie or token stops working), an idle or too old session times out, and the user can see and
/// end their own sessions.</summary>
public sealed class UserSession
{
    public required string Id { get; set; }
    public int UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public required string Kind { get; set; }
    public string? UserAgent { get; set; }
    public string? IpAddress { get; set; }

    /// <summary>What the user must do before anything else (a page session only).</summary>
    public PendingStep? Pending { get; set; }
}
