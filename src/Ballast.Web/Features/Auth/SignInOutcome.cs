
namespace Ballast.Web.Features.Auth;

public enum SignInOutcome
{
    Success,
    Invalid,
    LockedOut,
}
