using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Ballast.Web.Features.Auth;

public static class AuthSetup
{
    public const string SessionClaim = "ballast:sid";
    public const string UnitClaim = "ballast:unit";
    private const string Smart = "ballast";

    public static IServiceCollection AddBallastAuth(this IServiceCollection services, IConfiguration config)
    {
        var idle = TimeSpan.FromMinutes(config.GetValue("Auth:IdleMinutes", 30));
        services.Configure<SessionOptions>(o => o.IdleTimeout = idle);

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = config.GetValue("Auth:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Auth:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                // Government systems ask for length and three character classes.
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Auth/Login";
            o.LogoutPath = "/Auth/Logout";
            o.AccessDeniedPath = "/Auth/Denied";
            o.Cookie.Name = "ballast.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            // An API caller is told 401/403, not sent to a login page.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddPolicyScheme(Smart, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = Smart;
            o.DefaultAuthenticateScheme = Smart;
            o.DefaultChallengeScheme = Smart;
            o.DefaultForbidScheme = Smart;
        });
        var authorization = services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (function, roles) in FunctionMatrix.Holders)
        {
            authorization.AddPolicy(function, p => p.RequireRole(roles));
        }
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusalHandler>();
        services.AddScoped<SessionService>();
        return services;
    }

    private static Task ApiOr(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
