namespace Ballast.Web.Features.Parks;

public static class PerMuSetup
{
    public static IServiceCollection AddPerMu(this IServiceCollection services) => services
        .AddScoped<PerMuSchemeSave>().AddScoped<PerMuRunner>().AddScoped<PerMuLifecycle>();
}
