using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Common.Web;

/// <summary>Refuses a request whose declared body is over the limit before anything reads it,
/// whatever server hosts Ballast (Kestrel's own limit also stops chunked bodies mid-stream),
/// with the reason in the user's language.</summary>
public sealed class RequestSizeLimit(RequestDelegate next, long maxBytes)
{
    public const string TooLarge = "上传内容超过 {0} MB 上限，请缩小文件或拆分后再上传";

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems, Texts t)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge, Title = Message(t, maxBytes) },
            });
            return;
        }
        await next(context);
    }

    public static string Message(Texts t, long maxBytes) => t[TooLarge, maxBytes / (1024 * 1024)];
}
