using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Infrastructure;

/// <summary>Ballast whose password hasher counts its work, to show that every sign-in path costs
/// the same hashing whether the account exists or not (no clock is read).</summary>
public sealed class CountingHashFactory : BallastFactory
{
    public CountingPasswordHasher Hasher => Services.GetRequiredService<CountingPasswordHasher>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<CountingPasswordHasher>();
            services.AddScoped<IPasswordHasher<AppUser>>(sp => sp.GetRequiredService<CountingPasswordHasher>());
        });
    }
}
