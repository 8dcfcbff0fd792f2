
namespace Ballast.Web.Features.Projects;

/// <summary>One step in a project's life, dated when it happened and recorded by whom.</summary>
public sealed class ProjectStageChange
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public ProjectStage? FromStage { get; set; }
    public ProjectStage ToStage { get; set; }
    public DateOnly On { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
    public string? Note { get; set; }
}
