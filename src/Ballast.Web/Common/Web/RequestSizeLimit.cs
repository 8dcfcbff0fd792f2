using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Common.Web;

/// <summary>Refuses a request whose declared body is over the limit before anything reads it,
/// whatever server hosts Ballast (Kestrel's own limit also stops chunked bodies mid-stream). The
/// refusal names the limit: a page for a browser's form post, problem+json for the API.</summary>
public sealed class RequestSizeLimit(RequestDelegate next, BodyLimit limit)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength is not { } length || length <= limit.RequestBytes)
        {
            return next(context);
        }
        return WantsPage(context.Request)
            ? TooLargePage.WriteAsync(context, limit)
            : ProblemAnswer.WriteAsync(context, new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge });
    }

    private static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
