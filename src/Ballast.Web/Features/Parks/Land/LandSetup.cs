namespace Ballast.Web.Features.Parks;

/// <summary>Land, commitments, admission, the watch list and the thread: their save paths and their API.</summary>
public static class LandSetup
{
    public static IServiceCollection AddParksLand(this IServiceCollection services) => services
        .AddScoped<CommitmentSave>().AddScoped<ThresholdSave>().AddScoped<AdmissionSave>().AddScoped<WatchSave>();

    public static RouteGroupBuilder MapParksLandApi(this RouteGroupBuilder api)
    {
        var parks = api.MapGroup("/parks");
        parks.MapCommitmentsApi();
        parks.MapAdmissionApi();
        parks.MapWatchApi();
        parks.MapThreadApi();
        return api;
    }
}
