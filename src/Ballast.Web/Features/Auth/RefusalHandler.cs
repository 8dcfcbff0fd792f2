using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Features.Auth;

/// <summary>A signed-in caller refused a function is told which function it lacks (problem+json on
/// the API; the denied page otherwise), and the refusal is kept in the audit trail: a clerk
/// probing for writes they do not hold is a security event.</summary>
public sealed class RefusalHandler(ILogger<RefusalHandler> log) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            await inner.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var function = FunctionOf(context);
        await Refusals.RecordAsync(context, function, log);
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await inner.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var t = context.RequestServices.GetRequiredService<Texts>();
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = t["无权执行此操作"],
            Detail = function is null ? null : t["需要“{0}”职能", t[Policies.DisplayName(function)].Value].Value,
        };
        problem.Extensions["function"] = function;
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>The function the endpoint declares (the first policy named after one).</summary>
    public static string? FunctionOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => a.Policy).LastOrDefault(p => p is not null && Policies.All.Contains(p));
}
