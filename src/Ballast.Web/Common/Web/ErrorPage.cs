using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Ballast.Web.Common.Web;

/// <summary>An error on a page is answered with a page (the same title and status the API would
/// give), never with raw JSON. Rendered without the database, so it works when the database does not.</summary>
public static class ErrorPage
{
    public const string View = "/Features/Shared/Error.cshtml";

    /// <summary>A request for a page, or from a browser outside the API.</summary>
    public static bool Wanted(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        return endpoint?.Metadata.GetMetadata<PageActionDescriptor>() is not null
            || context.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }

    public static Task WriteAsync(HttpContext context, ProblemDetails details)
    {
        var metadata = context.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var result = new ViewResult
        {
            ViewName = View,
            StatusCode = details.Status,
            ViewData = new ViewDataDictionary<ProblemDetails>(metadata, new ModelStateDictionary()) { Model = details },
        };
        return result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
