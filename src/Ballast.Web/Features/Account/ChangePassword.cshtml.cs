using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Account;

/// <summary>The user changes their own password: the current one, then a new one the policy accepts.
/// Other sessions end (they were opened with the old password); this one carries on.</summary>
[Function(Policies.Own)]
public sealed class ChangePasswordModel(
    AppDbContext db, UserManager<AppUser> users, SessionService sessions, IOptions<PasswordPolicy> policy, Texts t) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool Forced { get; private set; }
    public PasswordPolicy Policy => policy.Value;

    public async Task OnGetAsync() => Forced = (await sessions.CurrentAsync(User))?.Pending == PendingStep.ChangePassword;

    public async Task<IActionResult> OnPostAsync()
    {
        var session = await sessions.CurrentAsync(User);
        Forced = session?.Pending == PendingStep.ChangePassword;
        if (session is null || await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            await tx.RollbackAsync();
            return await RefusedAsync(user, result);
        }
        user.MustChangePassword = false;
        db.AddAuditEvent(AuditActions.PasswordChanged, nameof(AppUser), Credentials.Key(user));
        await users.UpdateAsync(user);
        await AccountChanges.EndSessionsAsync(db, user.Id, except: session.Id);
        await tx.CommitAsync();
        Message = t["密码已修改；其他设备上的会话已结束"];
        return LocalRedirect(await sessions.AdvanceAsync(HttpContext, user) ?? "/Account");
    }

    [TempData]
    public string? Message { get; set; }

    private async Task<IActionResult> RefusedAsync(AppUser user, IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            // Guessing the current password from a stolen session counts toward lockout like any sign-in.
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                await AccountChanges.EndSessionsAsync(db, user.Id);
                await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return RedirectToPage("/Auth/Login");
            }
            ModelState.AddModelError("Input.Current", t["当前密码不正确"]);
            return Page();
        }
        foreach (var e in result.Errors)
        {
            ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.New" : "", t[e.Description]);
        }
        return Page();
    }
}
