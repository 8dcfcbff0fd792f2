namespace Ballast.Web.Features.Organisation;

/// <summary>A signed-in session, held on the server so that signing out ends it for good (a copied
/// cookie or token stops working) and an idle session times out.</summary>
public sealed class UserSession
{
    public required string Id { get; set; }
    public int UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public required string Kind { get; set; }
}
