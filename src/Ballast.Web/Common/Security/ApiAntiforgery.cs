using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Common.Security;

/// <summary>A browser sends the sign-in cookie with any request, whoever's page made it; SameSite=Lax
/// alone is not a guard. So an API write signed in by the cookie must also carry the page's
/// antiforgery token in a header, which another site cannot read. A bearer token is never sent by
/// the browser on its own, so bearer calls need nothing more; nor do endpoints open to everyone.</summary>
public sealed class ApiAntiforgery(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options, Texts t)
    {
        // Only the header counts: an API caller sends no form field for it, and reading a form here
        // would read an upload's whole body before the endpoint checks its size.
        var header = options.Value.HeaderName ?? "RequestVerificationToken";
        var sent = context.Request.Headers[header].Count > 0;
        if (!NeedsToken(context) || sent && await IsValidAsync(antiforgery, context))
        {
            await next(context);
            return;
        }
        var reason = sent
            ? t["防伪令牌无效或已过期，请刷新页面后重试"]
            : t["缺少防伪令牌：用登录 Cookie 写入时须在请求头 {0} 中附上页面的防伪令牌，或改用 Bearer 令牌", header];
        await ProblemAnswer.WriteAsync(context, new HttpValidationProblemDetails(new Dictionary<string, string[]> { [header] = [reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = t["请求未通过防伪校验"],
        });
    }

    private static async Task<bool> IsValidAsync(IAntiforgery antiforgery, HttpContext context)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    /// <summary>A write to the API by a signed-in user whom the bearer scheme did not authenticate
    /// (the cookie did), to an endpoint that acts as that user.</summary>
    private static bool NeedsToken(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        && !SignedInByBearer(context)
        && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null;

    /// <summary>The scheme that authenticated the request (a bearer ticket is named "Identity.Bearer:AccessToken");
    /// when the principal was replaced after authentication, the rule the sign-in uses to pick it (a Bearer header).</summary>
    private static bool SignedInByBearer(HttpContext context) =>
        context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Ticket?.AuthenticationScheme is { } scheme
            ? scheme.StartsWith(IdentityConstants.BearerScheme, StringComparison.Ordinal)
            : context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
