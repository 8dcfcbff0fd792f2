namespace Ballast.Web.Common.Tracking;

/// <summary>The programme year the user is looking at: chosen in the top bar and kept in a cookie.
/// The demo year is 2023 whatever the clock says; nothing assumes the current year.</summary>
public static class ProgrammeYear
{
    public const string Cookie = "ballast.year";
    public const int Default = 2023;

    /// <summary>Set for the page when the year asked for was not used.</summary>
    public const string RefusedItem = "ballast.year.refused";

    /// <summary>A year was asked for and it is not one the programme can mean. The API refuses it
    /// (<see cref="Validation.InputRulesFilter"/>) before <see cref="Resolve"/> runs; a page shows the
    /// remembered year and says the asked one was not used.</summary>
    public static bool IsRefused(int? requested) => requested is { } y && !Validation.Plausible.IsYear(y);

    /// <summary>The year asked for, else the remembered one (cookie), else the default.</summary>
    public static int Resolve(HttpContext ctx, int? requested)
    {
        var year = requested is { } asked && Validation.Plausible.IsYear(asked) ? asked
            : int.TryParse(ctx.Request.Cookies[Cookie], out var c) && Validation.Plausible.IsYear(c) ? c
            : Default;
        if (requested is not null && year == requested)
        {
            ctx.Response.Cookies.Append(Cookie, year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        if (IsRefused(requested))
        {
            ctx.Items[RefusedItem] = requested;
        }
        ctx.Items[Cookie] = year;
        return year;
    }

    /// <summary>The top bar's year selector: remembers the year and goes back to the page.</summary>
    public static IResult Switch(HttpContext ctx, int y, string? returnUrl)
    {
        Resolve(ctx, y);
        return Results.LocalRedirect(Web.LocalUrl.OrRoot(returnUrl));
    }
}
