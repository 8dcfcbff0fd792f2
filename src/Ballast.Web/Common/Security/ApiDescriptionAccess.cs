using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Common.Security;

/// <summary>The API's description (/openapi) and reference (/api/docs) are for signed-in users only:
/// the endpoints require a user, and this answers someone who is not signed in the way each is read —
/// 401 problem+json for the document, the sign-in page for the reference.</summary>
public sealed class ApiDescriptionAccess(RequestDelegate next)
{
    public const string DocumentPath = "/openapi";

    public async Task InvokeAsync(HttpContext context, Texts t, IOptionsMonitor<CookieAuthenticationOptions> cookies)
    {
        var path = context.Request.Path;
        if (context.User.Identity?.IsAuthenticated == true
            || !(path.StartsWithSegments(DocumentPath) || path.StartsWithSegments(ApiDocsPolicy.Path)))
        {
            await next(context);
            return;
        }
        if (path.StartsWithSegments(ApiDocsPolicy.Path) && HttpMethods.IsGet(context.Request.Method))
        {
            var login = cookies.Get(IdentityConstants.ApplicationScheme).LoginPath;
            context.Response.Redirect($"{login}?ReturnUrl={Uri.EscapeDataString(ApiDocsPolicy.Path)}");
            return;
        }
        await ProblemAnswer.WriteAsync(context,
            new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = t["请先登录：API 说明文档仅对已登录用户开放"] });
    }
}
