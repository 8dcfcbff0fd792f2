namespace Ballast.Web.Features.Compendium;

public static class PublicPagesSetup
{
    public static IServiceCollection AddPublicPages(this IServiceCollection services) => services
        .AddSingleton<PublicAddress>()
        .AddScoped<PublicProjects>()
        .AddScoped<PublishedProjectSave>();
}
