using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace Ballast.Web.Common.Web;

/// <summary>The content types the endpoints at a request's address take. Routing answers a request of
/// another type with a stand-in 415 endpoint, so the real ones are found again by their route.</summary>
public static class AcceptedTypes
{
    public static IReadOnlyList<string> For(HttpContext context)
    {
        var path = context.Request.Path;
        var method = context.Request.Method;
        return [.. context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) ?? true)
            .Where(e => new TemplateMatcher(new RouteTemplate(e.RoutePattern), []).TryMatch(path, []))
            .SelectMany(e => e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
