using Microsoft.AspNetCore.Identity;

namespace Ballast.Web.Features.Organisation;

public sealed class AppUser : IdentityUser<int>
{
    public required string DisplayName { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>When the password was last set (UTC). Null for an account older than password ageing:
    /// its age is unknown, so it counts as expired.</summary>
    public DateTime? PasswordChangedAt { get; set; }

    /// <summary>Set by the security administrator's create or reset: the password is temporary.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>A disabled account cannot sign in and has no open session.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The last authenticator time step accepted, so a code is used once (RFC 6238 §5.2).</summary>
    public long? TotpLastStep { get; set; }
}
