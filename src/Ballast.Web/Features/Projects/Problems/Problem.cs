using Ballast.Web.Common;

namespace Ballast.Web.Features.Projects;

/// <summary>An obstacle raised on a project (问题清单), assigned to a department with a due date.</summary>
public sealed class Problem : IUnitOwned, IAssignedToUnit, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public int OwnerUnitId { get; set; }
    public required string Title { get; set; }
    public string? Detail { get; set; }
    public int? AssignedUnitId { get; set; }
    public Organisation.Unit? AssignedUnit { get; set; }
    public DateOnly DueOn { get; set; }
    public ProblemState State { get; set; }
    public string? Answer { get; set; }
    public DateOnly RaisedOn { get; set; }
    public required string RaisedBy { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public int Version { get; set; }
}
