
namespace Ballast.Web.Features.Auth;

public sealed class SessionOptions
{
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
