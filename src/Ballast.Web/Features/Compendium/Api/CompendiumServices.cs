namespace Ballast.Web.Features.Compendium;

public static class CompendiumServices
{
    public static IServiceCollection AddCompendium(this IServiceCollection services) =>
        services.AddScoped<PolicySave>().AddScoped<PolicyStatusSave>().AddScoped<PolicySearch>().AddScoped<PolicyImporter>();
}
