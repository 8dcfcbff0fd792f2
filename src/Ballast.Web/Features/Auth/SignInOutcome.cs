
namespace Ballast.Web.Features.Auth;

public enum SignInOutcome
{
    Success,

    /// <summary>Unknown user, wrong password, locked or disabled account: the caller cannot tell which.</summary>
    Invalid,

    /// <summary>The password was right; the second factor is still to come.</summary>
    NeedsCode,

    WrongCode,

    /// <summary>Said only at the second step, to someone who has given the right password.</summary>
    LockedOut,
}
