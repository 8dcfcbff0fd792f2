namespace Ballast.Web.Features.Programme;

public enum SupervisionOutcomeKind
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
}
