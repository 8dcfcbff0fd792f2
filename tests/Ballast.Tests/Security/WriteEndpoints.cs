using System.Text.RegularExpressions;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Security;

/// <summary>One way in that can change something: an API route or a page handler, with the function it declares.</summary>
public sealed record WriteEndpoint(string Method, string Route, string? Handler, string? Function, bool Anonymous, bool IsPage)
{
    /// <summary>The line docs/security.md lists it by.</summary>
    public string Line => $"{Method} {Route}{(Handler is null ? "" : "?handler=" + Handler)} {(Anonymous ? "anonymous" : Function ?? "(none)")}";

    /// <summary>A URL for it with every route value an id no record has, so nothing is changed.</summary>
    public string Url(int missingId = 999_999) =>
        Regex.Replace(Route, "\\{[^}]+\\}", missingId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        + (Handler is null ? "" : "?handler=" + Handler);
}

/// <summary>Reads every write from the running application itself, so a new endpoint or handler is
/// tried the day it is added, whether or not anyone remembered the matrix.</summary>
public static partial class WriteEndpoints
{
    public static async Task<IReadOnlyList<WriteEndpoint>> AllAsync(IServiceProvider services)
    {
        var list = new List<WriteEndpoint>();
        var loader = services.GetRequiredService<PageLoader>();
        var seenPages = new HashSet<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var page = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            if (page is null)
            {
                list.AddRange(Api(endpoint));
            }
            else if (seenPages.Add(page.ViewEnginePath))
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                list.AddRange(Handlers(compiled));
            }
        }
        return [.. list.OrderBy(e => e.IsPage).ThenBy(e => e.Route, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal).ThenBy(e => e.Handler, StringComparer.Ordinal)];
    }

    private static IEnumerable<WriteEndpoint> Api(RouteEndpoint endpoint)
    {
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var function = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(a => a.Policy).LastOrDefault(p => p is not null && Policies.All.Contains(p));
        var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        return methods.Where(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m))
            .Select(m => new WriteEndpoint(m, route, null, function, anonymous, false));
    }

    private static IEnumerable<WriteEndpoint> Handlers(CompiledPageActionDescriptor page)
    {
        var anonymous = page.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        var route = "/" + (page.AttributeRouteInfo?.Template ?? page.ViewEnginePath.TrimStart('/'));
        return page.HandlerMethods
            .Where(h => !string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase))
            .Select(h => new WriteEndpoint(h.HttpMethod.ToUpperInvariant(), route, h.Name,
                FunctionPageFilter.Declared(h.MethodInfo, page.ModelTypeInfo!.AsType()), anonymous, true));
    }
}
