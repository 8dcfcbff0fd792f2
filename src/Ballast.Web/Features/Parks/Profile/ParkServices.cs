namespace Ballast.Web.Features.Parks;

public static class ParkServices
{
    /// <summary>The parks' profile, firms, lists and figures: one save path each.</summary>
    public static IServiceCollection AddParkProfile(this IServiceCollection services) => services
        .AddSingleton<ParkTiers>()
        .AddScoped<ParkSave>()
        .AddScoped<MechanismSave>()
        .AddScoped<ParkFirms>()
        .AddScoped<WorkItemSave>()
        .AddScoped<ParkKeyProjects>();
}
