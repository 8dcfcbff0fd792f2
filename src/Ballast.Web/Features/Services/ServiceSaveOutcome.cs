namespace Ballast.Web.Features.Services;

public enum ServiceSaveOutcome
{
    Saved,
    Invalid,
    Forbidden,
    Conflict,
    NotFound,
}
