namespace Ballast.Web.Features.Projects;

/// <summary>How the acting user stands to one problem: the programme office, the unit that owns
/// the project (or one above it), the department the problem is assigned to.</summary>
public readonly record struct ProblemActor(bool IsOffice, bool OwnsProject, bool IsAssignee);
