namespace Ballast.Web.Common.Tracking;

/// <summary>The programme year the user is looking at: chosen in the top bar and kept in a cookie.
/// The demo year is 2023 whatever the clock says; nothing assumes the current year.</summary>
public static class ProgrammeYear
{
    public const string Cookie = "ballast.year";
    public const int Default = 2023;

    public static int Resolve(HttpContext ctx, int? requested)
    {
        var year = requested is >= 2000 and <= 2100 ? requested.Value
            : int.TryParse(ctx.Request.Cookies[Cookie], out var c) && c is >= 2000 and <= 2100 ? c
            : Default;
        if (requested is not null && year == requested)
        {
            ctx.Response.Cookies.Append(Cookie, year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        ctx.Items[Cookie] = year;
        return year;
    }

    /// <summary>The top bar's year selector: remembers the year and goes back to the page.</summary>
    public static IResult Switch(HttpContext ctx, int y, string? returnUrl)
    {
        Resolve(ctx, y);
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
        return Results.LocalRedirect(target);
    }
}
