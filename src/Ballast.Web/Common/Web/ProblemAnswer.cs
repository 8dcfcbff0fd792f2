using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Common.Web;

/// <summary>Writes a refusal as problem+json, or — for a client that does not accept JSON — the same
/// words as plain text: an error answer is never an empty body, and always in the user's language.</summary>
public static class ProblemAnswer
{
    public static async Task WriteAsync(HttpContext context, ProblemDetails details)
    {
        context.Response.StatusCode = details.Status ??= context.Response.StatusCode;
        ProblemTexts.Localise(context, details);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details }))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(details.Detail is null ? details.Title ?? "" : $"{details.Title}\n{details.Detail}");
        }
    }

    /// <summary>For <c>UseStatusCodePages</c>: an error status the endpoint left without a body.</summary>
    public static Task StatusPageAsync(StatusCodeContext context) =>
        WriteAsync(context.HttpContext, new ProblemDetails { Status = context.HttpContext.Response.StatusCode });
}
