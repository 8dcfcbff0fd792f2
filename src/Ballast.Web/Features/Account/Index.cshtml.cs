using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Account;

/// <summary>The signed-in user's own account: password age, second factor, sessions.</summary>
public sealed class IndexModel(UserManager<AppUser> users, SessionService sessions, IOptions<PasswordPolicy> policy) : PageModel
{
    public AppUser Me { get; private set; } = null!;
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public DateTime? PasswordExpiresAt { get; private set; }
    public bool TwoFactorRequired { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } me)
        {
            return Challenge();
        }
        Me = me;
        RoleNames = [.. await users.GetRolesAsync(me)];
        PasswordExpiresAt = policy.Value.ExpiresAt(me);
        TwoFactorRequired = sessions.Options.RequireTwoFactorForAdmins && RoleNames.Any(Roles.Separated.Contains);
        RecoveryCodesLeft = me.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(me) : 0;
        return Page();
    }
}
