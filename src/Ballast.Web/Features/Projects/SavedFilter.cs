namespace Ballast.Web.Features.Projects;

/// <summary>A named project-list query a user keeps (the filters live in the URL; this keeps the URL).</summary>
public sealed class SavedFilter
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public required string Name { get; set; }
    public required string Query { get; set; }
}
