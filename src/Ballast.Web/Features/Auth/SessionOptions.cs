
namespace Ballast.Web.Features.Auth;

public sealed class SessionOptions
{
    /// <summary><c>Auth:IdleMinutes</c>: a session unused this long ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary><c>Auth:AbsoluteHours</c>: a session this old ends however busy it is; bearer tokens too.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary><c>Auth:RequireTwoFactorForAdmins</c>: the three administrators must have a second factor.</summary>
    public bool RequireTwoFactorForAdmins { get; set; } = true;
}
