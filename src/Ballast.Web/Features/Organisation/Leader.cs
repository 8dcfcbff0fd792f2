namespace Ballast.Web.Features.Organisation;

/// <summary>A city leader who takes charge of projects (包抓) or chairs a chain. May or may not
/// have a Ballast account; when they do, <see cref="UserId"/> shows them their own projects.</summary>
public sealed class Leader
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public int? UserId { get; set; }
    public int SortOrder { get; set; }
}
