
namespace Ballast.Web.Features.Projects;

public enum ProblemOutcomeKind
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
}
