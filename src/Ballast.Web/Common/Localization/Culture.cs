using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Ballast.Web.Common.Localization;

/// <summary>Simplified Chinese by default, English on request; the choice lives in a cookie.</summary>
public static class Culture
{
    public static readonly CultureInfo Chinese = new("zh-CN");
    public static readonly CultureInfo English = new("en");

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = [Chinese, English],
            SupportedUICultures = [Chinese, English],
        };
        // The browser's language does not decide: Ballast speaks Chinese until the user switches.
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        return options;
    }

    public static IResult Switch(HttpContext ctx, string? c, string? returnUrl)
    {
        var culture = c == "en" ? English : Chinese;
        ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(Web.LocalUrl.OrRoot(returnUrl));
    }
}
