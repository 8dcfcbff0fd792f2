namespace Ballast.Web.Features.Parks;

public enum ParkSaveOutcome
{
    Saved,
    Invalid,
    Forbidden,
    Conflict,
    NotFound,
}
