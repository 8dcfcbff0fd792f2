using Microsoft.AspNetCore.Hosting;

namespace Ballast.Tests.Infrastructure;

/// <summary>Ballast with settings of its own on top of the test defaults.</summary>
public abstract class ConfiguredFactory(params (string Key, string Value)[] settings) : BallastFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
