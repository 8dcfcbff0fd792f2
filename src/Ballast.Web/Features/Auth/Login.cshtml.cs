using System.ComponentModel.DataAnnotations;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Auth;

[AllowAnonymous]
public sealed class LoginModel(SessionService sessions, Texts t) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入用户名")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入密码")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (outcome, principal) = await sessions.CheckAsync(UserName, Password, "page");
        if (outcome != SignInOutcome.Success)
        {
            ModelState.AddModelError("", outcome == SignInOutcome.LockedOut
                ? t["登录失败次数过多，账户已暂时锁定，请稍后再试"]
                : t["用户名或密码不正确"]);
            return Page();
        }
        await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal!);
        return LocalRedirect(LocalUrl.OrRoot(ReturnUrl));
    }
}
