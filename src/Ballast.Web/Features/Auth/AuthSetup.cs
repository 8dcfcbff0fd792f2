using System.Security.Claims;
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
        var sessions = new SessionOptions
        {
            IdleTimeout = TimeSpan.FromMinutes(config.GetValue("Auth:IdleMinutes", 30)),
            AbsoluteTimeout = TimeSpan.FromHours(config.GetValue("Auth:AbsoluteHours", 8.0)),
            RequireTwoFactorForAdmins = config.GetValue("Auth:RequireTwoFactorForAdmins", true),
        };
        services.Configure<SessionOptions>(o =>
        {
            o.IdleTimeout = sessions.IdleTimeout;
            o.AbsoluteTimeout = sessions.AbsoluteTimeout;
            o.RequireTwoFactorForAdmins = sessions.RequireTwoFactorForAdmins;
        });
        var password = config.GetSection(PasswordPolicy.Section).Get<PasswordPolicy>() ?? new PasswordPolicy();
        services.Configure<PasswordPolicy>(config.GetSection(PasswordPolicy.Section));

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = config.GetValue("Auth:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Auth:LockoutMinutes", 15));
                o.Lockout.AllowedForNewUsers = true;
                // Length here; the classes, the user name and the history in PasswordPolicyValidator.
                o.Password.RequiredLength = password.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
                o.Tokens.AuthenticatorTokenProvider = TotpTokenProvider.Name;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserStore<AppUserStore>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpTokenProvider>(TotpTokenProvider.Name)
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddErrorDescriber<ChineseIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Auth/Login";
            o.LogoutPath = "/Auth/Logout";
            o.AccessDeniedPath = "/Auth/Denied";
            o.Cookie.Name = "ballast.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = sessions.IdleTimeout;
            o.SlidingExpiration = true;
            // An API caller is told 401/403, not sent to a login page.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
        });
        // The periodic security-stamp check (on Ballast's clock) rebuilds the principal from the user
        // record: the session and unit claims must survive it, or a busy cookie would lose its session.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.TimeProvider = clock;
            o.OnRefreshingPrincipal = ctx =>
            {
                var identity = (ClaimsIdentity)ctx.NewPrincipal!.Identity!;
                identity.AddClaims(ctx.CurrentPrincipal!.Claims.Where(c => c.Type is SessionClaim or UnitClaim));
                return Task.CompletedTask;
            };
        });

        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = sessions.AbsoluteTimeout)
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
        services.AddScoped<Credentials>();
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
