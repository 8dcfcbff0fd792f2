using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Auth;

[AllowAnonymous]
public sealed class LoginModel(Credentials credentials, SessionService sessions, Texts t) : PageModel
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
        var (outcome, user) = await credentials.PasswordAsync(UserName, Password);
        switch (outcome)
        {
            case SignInOutcome.NeedsCode:
                // Half signed in: a short-lived cookie names the user until the code is given.
                var pending = new ClaimsIdentity([new Claim(ClaimTypes.Name, Credentials.Key(user!))], IdentityConstants.TwoFactorUserIdScheme);
                await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
                return RedirectToPage("/Auth/SecondFactor", new { ReturnUrl = LocalOrNull(ReturnUrl) });
            case SignInOutcome.Success:
                return LocalRedirect(await sessions.SignInPageAsync(HttpContext, user!) ?? LocalOrNull(ReturnUrl) ?? "/");
            default:
                ModelState.AddModelError("", t["用户名或密码不正确，或账户已锁定、停用"]);
                return Page();
        }
    }

    internal string? LocalOrNull(string? url) => Url.IsLocalUrl(url) ? url : null;

    internal static int? UserIdOf(ClaimsPrincipal? principal) =>
        int.TryParse(principal?.FindFirstValue(ClaimTypes.Name), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
