using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ballast.Web.Features.Auth;

public static class AuthApi
{
    /// <summary><paramref name="Code"/>: the authenticator code (or a recovery code) of a user with a second factor.</summary>
    public sealed record TokenRequest(string UserName, string Password, string? Code = null);

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");
        group.MapPost("/token", IssueTokenAsync).AllowAnonymous()
            .WithSummary("Exchange a user name, password and (with a second factor) authenticator code for a bearer token.");
        group.MapPost("/logout", async (HttpContext ctx, SessionService sessions) =>
        {
            await sessions.EndAsync(ctx.User);
            return TypedResults.NoContent();
        }).WithSummary("End the session the token belongs to.")
            .RequireAuthorization(Policies.Own);
        return api;
    }

    private static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, HttpContext http, Credentials credentials, SessionService sessions, Texts t)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            var field = string.IsNullOrWhiteSpace(request.UserName) ? "userName" : "password";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [t["请输入用户名和密码"]] },
                title: t["请输入用户名和密码"]);
        }
        var (outcome, user) = await credentials.PasswordAsync(request.UserName, request.Password);
        if (outcome == SignInOutcome.NeedsCode)
        {
            outcome = string.IsNullOrWhiteSpace(request.Code) ? SignInOutcome.NeedsCode : await credentials.CodeAsync(user!, request.Code);
        }
        if (outcome != SignInOutcome.Success)
        {
            return Refusal(outcome, t);
        }
        // A token is for work: a password to change or a factor to enrol is done on the page first.
        if (await sessions.PendingStepAsync(user!) is { } step)
        {
            return TypedResults.Problem(step == PendingStep.ChangePassword
                    ? t["密码已过期或为临时密码，请先在网页上修改密码"] : t["管理员须先在网页上启用双因素认证"],
                statusCode: StatusCodes.Status403Forbidden);
        }
        return TypedResults.SignIn(await sessions.StartAsync(user!, "api", http), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static ProblemHttpResult Refusal(SignInOutcome outcome, Texts t)
    {
        var (field, message) = outcome switch
        {
            SignInOutcome.NeedsCode => ("code", t["请在 code 中填写验证器上的6位动态验证码"]),
            SignInOutcome.WrongCode => ("code", t["动态验证码不正确，请输入验证器上当前显示的6位数字"]),
            SignInOutcome.LockedOut => ("code", t["登录失败次数过多，账户已暂时锁定，请稍后再试"]),
            _ => ("", t["用户名或密码不正确，或账户已锁定、停用"]),
        };
        var errors = field.Length == 0 ? null : new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } };
        return TypedResults.Problem(message, statusCode: StatusCodes.Status401Unauthorized, extensions: errors);
    }
}
