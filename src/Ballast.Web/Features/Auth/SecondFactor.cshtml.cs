using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Auth;

/// <summary>The second step of signing in: the code from the authenticator, or a recovery code.</summary>
[AllowAnonymous]
public sealed class SecondFactorModel(Credentials credentials, SessionService sessions, UserManager<AppUser> users, Texts t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入动态验证码")]
    [StringLength(32, ErrorMessage = "动态验证码不正确")]
    [Display(Name = "动态验证码")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() => await PendingUserAsync() is null ? RedirectToPage("/Auth/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await PendingUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Auth/Login");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        switch (await credentials.CodeAsync(user, Code))
        {
            case SignInOutcome.Success:
                await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
                var next = await sessions.SignInPageAsync(HttpContext, user);
                return LocalRedirect(next ?? (Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/"));
            case SignInOutcome.WrongCode:
                ModelState.AddModelError(nameof(Code), t["动态验证码不正确，请输入验证器上当前显示的6位数字"]);
                return Page();
            case SignInOutcome.LockedOut:
                await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
                ModelState.AddModelError("", t["登录失败次数过多，账户已暂时锁定，请稍后再试"]);
                return Page();
            default:
                await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
                return RedirectToPage("/Auth/Login");
        }
    }

    private async Task<AppUser?> PendingUserAsync()
    {
        var result = await HttpContext.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return LoginModel.UserIdOf(result.Principal) is { } id ? await users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture)) : null;
    }
}
