namespace Ballast.Web.Common.Web;

/// <summary>Refuses a request whose declared body is over the limit before anything reads it,
/// whatever server hosts Ballast (Kestrel's own limit also stops chunked bodies mid-stream).</summary>
public sealed class RequestSizeLimit(RequestDelegate next, long maxBytes)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
