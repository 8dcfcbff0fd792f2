
namespace Ballast.Web.Features.Projects;

public enum SaveOutcome
{
    Saved,
    Invalid,
    Forbidden,
    PossibleDuplicate,
    Conflict,
    NotFound,
}
