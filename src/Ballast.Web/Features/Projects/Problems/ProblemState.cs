
namespace Ballast.Web.Features.Projects;

public enum ProblemState
{
    Open,
    Answered,
    Resolved,
    Escalated,
}
