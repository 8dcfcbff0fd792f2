namespace Ballast.Web.Common.Security;

/// <summary>Puts the browser protections on every answer: pages, API, files, errors and redirects.
/// They are set as the response starts, so an error page written after the exception handler has
/// cleared the headers carries them too.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>A page may set its own policy here (the API reference does); otherwise <see cref="ContentSecurityPolicy.Pages"/>.</summary>
    public const string PolicyItem = "ballast.csp";

    // Nothing in Ballast uses devices, payment or the other powerful features: all are off.
    private const string Permissions = "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), "
        + "fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
        + "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Items[PolicyItem] as string ?? ContentSecurityPolicy.Pages;
        headers.XContentTypeOptions = "nosniff";
        // Replaces the SAMEORIGIN that antiforgery adds: no page of Ballast is meant to be framed.
        headers.XFrameOptions = "DENY";
        // Addresses carry filters, names and ids: none of it goes to another host.
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = Permissions;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        if (context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }
    }
}
