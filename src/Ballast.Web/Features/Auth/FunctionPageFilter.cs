using System.Reflection;
using Ballast.Web.Common.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Ballast.Web.Features.Auth;

/// <summary>Holds every page handler that can write (anything but GET and HEAD) to the function it
/// declares with <see cref="FunctionAttribute"/>: Razor Pages authorise a whole page, not a handler,
/// and a district clerk may read the plan page but not post its office-only moves.</summary>
public sealed class FunctionPageFilter(IAuthorizationService authorization, ILogger<FunctionPageFilter> log) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || context.HandlerMethod is null
            || context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            await next();
            return;
        }
        var function = Declared(context.HandlerMethod.MethodInfo, context.HandlerInstance.GetType());
        if (function is null)
        {
            log.LogError("Page handler {Handler} on {Page} declares no function; refused",
                context.HandlerMethod.MethodInfo.Name, context.ActionDescriptor.ViewEnginePath);
        }
        if (function is null || !(await authorization.AuthorizeAsync(http.User, function)).Succeeded)
        {
            await Refusals.RecordAsync(http, function, log);
            context.Result = new ForbidResult();
            return;
        }
        await next();
    }

    public static string? Declared(MethodInfo handler, Type page) =>
        (handler.GetCustomAttribute<FunctionAttribute>() ?? page.GetCustomAttribute<FunctionAttribute>())?.Function;
}
