using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Account;

/// <summary>Enrols, renews and removes the user's authenticator (TOTP). Enrolment proves the app has
/// the key by a first code; the recovery codes are shown once and stored only hashed. The three
/// administrators cannot remove their second factor while <c>Auth:RequireTwoFactorForAdmins</c> holds.</summary>
[Function(Policies.Own)]
public sealed class TwoFactorModel(AppDbContext db, UserManager<AppUser> users, SessionService sessions, Texts t) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    [StringLength(32, ErrorMessage = "动态验证码不正确")]
    [Display(Name = "动态验证码")]
    public string? Code { get; set; }

    [BindProperty]
    [StringLength(128, ErrorMessage = "密码不超过128位")]
    [DataType(DataType.Password)]
    [Display(Name = "当前密码")]
    public string? Password { get; set; }

    public AppUser Me { get; private set; } = null!;
    public bool Required { get; private set; }
    public bool Forced { get; private set; }
    public string? SharedKey { get; private set; }
    public string? QrSvg { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }
    public string NextPage { get; private set; } = "/Account";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (Me.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (string.IsNullOrWhiteSpace(Code) || !await users.VerifyTwoFactorTokenAsync(Me, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            ModelState.AddModelError(nameof(Code), string.IsNullOrWhiteSpace(Code)
                ? t["请输入动态验证码"] : t["动态验证码不正确，请核对手机时间后输入验证器上当前显示的6位数字"]);
            return Page();
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        await users.SetTwoFactorEnabledAsync(Me, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(Me, RecoveryCodeCount);
        db.AddAuditEvent(AuditActions.TwoFactorEnabled, nameof(AppUser), Credentials.Key(Me));
        await db.SaveChangesAsync();
        // Sessions opened with the password alone end; this one carries on.
        await AccountChanges.EndSessionsAsync(db, Me.Id, except: (await sessions.CurrentAsync(User))?.Id);
        await tx.CommitAsync();
        RecoveryCodes = [.. codes ?? []];
        NextPage = await sessions.AdvanceAsync(HttpContext, Me) ?? "/Account";
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (!Me.TwoFactorEnabled || string.IsNullOrWhiteSpace(Code)
            || !await users.VerifyTwoFactorTokenAsync(Me, users.Options.Tokens.AuthenticatorTokenProvider, Code))
        {
            ModelState.AddModelError(nameof(Code), t["动态验证码不正确，请核对手机时间后输入验证器上当前显示的6位数字"]);
            return Page();
        }
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(Me, RecoveryCodeCount) ?? []];
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (Required)
        {
            ModelState.AddModelError("", t["管理员必须启用双因素认证，不能停用"]);
            return Page();
        }
        if (!Me.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        if (string.IsNullOrEmpty(Password) || !await users.CheckPasswordAsync(Me, Password))
        {
            await users.AccessFailedAsync(Me);
            ModelState.AddModelError(nameof(Password), t["当前密码不正确"]);
            return Page();
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        await AccountChanges.RemoveTwoFactorAsync(users, Me);
        db.AddAuditEvent(AuditActions.TwoFactorDisabled, nameof(AppUser), Credentials.Key(Me));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        await sessions.AdvanceAsync(HttpContext, Me);
        Message = t["已停用双因素认证"];
        return Redirect("/Account");
    }

    private async Task<bool> LoadAsync()
    {
        if (await users.GetUserAsync(User) is not { } me)
        {
            return false;
        }
        Me = me;
        Required = sessions.Options.RequireTwoFactorForAdmins && (await users.GetRolesAsync(me)).Any(Roles.Separated.Contains);
        Forced = (await sessions.CurrentAsync(User))?.Pending == PendingStep.EnrolTwoFactor;
        if (!me.TwoFactorEnabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(me);
            if (key is null)
            {
                await users.ResetAuthenticatorKeyAsync(me);
                // The key change renews the security stamp: the cookie follows it.
                await sessions.AdvanceAsync(HttpContext, me);
                key = (await users.GetAuthenticatorKeyAsync(me))!;
            }
            SharedKey = Authenticator.Grouped(key);
            QrSvg = Authenticator.QrSvg(Authenticator.Uri(me.UserName!, key));
        }
        return true;
    }
}
