namespace Ballast.Web.Features.Compendium;

public enum PublishOutcome
{
    Saved,
    Invalid,
    Forbidden,
    Conflict,
    NotFound,
}
