namespace Ballast.Web.Features.Projects;

/// <summary>What may happen to a raised problem after it is raised.</summary>
public enum ProblemMove
{
    Answer,
    Resolve,
    Escalate,
    Reopen,
}
