namespace Ballast.Web.Features.Enterprises;

public static class EnterprisesSetup
{
    public static IServiceCollection AddEnterprises(this IServiceCollection services) => services
        .AddScoped<EnterpriseSave>().AddScoped<EnterpriseBatch>().AddScoped<DesignationBatch>().AddScoped<DesignationSave>().AddScoped<EnterpriseYearSave>()
        .AddScoped<EnterpriseImporter>().AddScoped<KindSave>().AddScoped<SizeRuleSave>();
}
