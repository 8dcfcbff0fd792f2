using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ballast.Web.Features.Auth;

public static class AuthApi
{
    public sealed record TokenRequest(string UserName, string Password);

    public static RouteGroupBuilder MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth");
        group.MapPost("/token", IssueTokenAsync).AllowAnonymous()
            .WithSummary("Exchange a user name and password for a bearer token.");
        group.MapPost("/logout", async (HttpContext ctx, SessionService sessions) =>
        {
            await sessions.EndAsync(ctx.User);
            return TypedResults.NoContent();
        }).WithSummary("End the session the token belongs to.")
            .RequireAuthorization(Policies.Own);
        return api;
    }

    private static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, SessionService sessions, Texts t)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            var field = string.IsNullOrWhiteSpace(request.UserName) ? "userName" : "password";
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [t["请输入用户名和密码"]] },
                title: t["请输入用户名和密码"]);
        }
        var (outcome, principal) = await sessions.CheckAsync(request.UserName, request.Password, "api");
        return outcome switch
        {
            SignInOutcome.Success => TypedResults.SignIn(principal!, authenticationScheme: IdentityConstants.BearerScheme),
            SignInOutcome.LockedOut => TypedResults.Problem(
                t["登录失败次数过多，账户已暂时锁定，请稍后再试"],
                statusCode: StatusCodes.Status401Unauthorized),
            _ => TypedResults.Problem(t["用户名或密码不正确"], statusCode: StatusCodes.Status401Unauthorized),
        };
    }
}
