namespace Ballast.Web.Features.Chains;

public enum ChainSaveOutcome
{
    Saved,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}
