namespace Ballast.Web.Features.Compendium;

public static class MatchingSetup
{
    public static IServiceCollection AddMatching(this IServiceCollection services) => services
        .AddScoped<ConditionSave>().AddScoped<FactsLoader>().AddScoped<Matcher>();
}
