using System.ComponentModel;
using System.Globalization;
using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Ballast.Web.Common.Web;

/// <summary>A form post the database could not take comes back as the same page, with the user's
/// input still in the form and the reason above it (503), instead of an error page that loses the
/// input. The page is shown as its GET handler shows it, with the posted values put back.</summary>
public sealed class OutagePageFilter(Texts t, ILogger<OutagePageFilter> log) : IAsyncPageFilter
{
    /// <summary>The message the layouts show, in <see cref="HttpContext.Items"/>.</summary>
    public const string MessageItem = "ballast.outage";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var posted = context.ActionDescriptor.BoundProperties
            .OfType<PageBoundPropertyDescriptor>()
            .Select(p => (p.Property, Value: p.Property.GetValue(context.HandlerInstance)))
            .ToList();
        var executed = await next();
        var http = context.HttpContext;
        if (executed.Exception is not { } e || executed.ExceptionHandled || !DatabaseOutage.IsWrite(http.Request)
            || DatabaseOutage.Of(e) is not { } outage)
        {
            return;
        }
        log.LogWarning(e, "Database {Outage}: the post to {Path} was not saved", outage, http.Request.Path);
        http.Items[MessageItem] = t[DatabaseOutage.Title(outage, write: true)].Value;
        if (!await ShowAgainAsync(context))
        {
            // No way to show the form again: the error page says the same (ErrorHandler).
            http.Items.Remove(MessageItem);
            return;
        }
        foreach (var (property, value) in posted)
        {
            property.SetValue(context.HandlerInstance, value);
        }
        executed.Result = new PageResult { StatusCode = StatusCodes.Status503ServiceUnavailable };
        executed.ExceptionHandled = true;
    }

    /// <summary>Runs the page's GET handler (it loads what the form needs: choices, the record's
    /// other fields); false when there is none or it does not simply show the page.</summary>
    private static async Task<bool> ShowAgainAsync(PageHandlerExecutingContext context)
    {
        var get = context.ActionDescriptor.HandlerMethods.FirstOrDefault(h => h.HttpMethod == "Get" && h.Name is null);
        if (get is null)
        {
            return false;
        }
        try
        {
            var outcome = get.MethodInfo.Invoke(context.HandlerInstance, [.. get.Parameters.Select(p => Argument(context, p))]);
            if (outcome is Task task)
            {
                await task;
                outcome = get.MethodInfo.ReturnType.IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            }
            return outcome is null or PageResult;
        }
#pragma warning disable CA1031 // showing the form again is a courtesy: the error page remains
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>The GET handler's argument: as the post bound it, else from the route or query.</summary>
    private static object? Argument(PageHandlerExecutingContext context, HandlerParameterDescriptor p)
    {
        var type = p.ParameterType;
        if (context.HandlerArguments.TryGetValue(p.Name, out var bound) && bound is not null && type.IsInstanceOfType(bound))
        {
            return bound;
        }
        var text = context.RouteData.Values.TryGetValue(p.Name, out var route) ? Convert.ToString(route, CultureInfo.InvariantCulture)
            : context.HttpContext.Request.Query[p.Name].FirstOrDefault();
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (!string.IsNullOrEmpty(text) && TypeDescriptor.GetConverter(underlying) is { } converter && converter.CanConvertFrom(typeof(string)))
        {
            try
            {
                return converter.ConvertFromInvariantString(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException)
            {
                // fall through to the default
            }
        }
        return p.ParameterInfo.HasDefaultValue ? p.ParameterInfo.DefaultValue
            : type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
    }
}
