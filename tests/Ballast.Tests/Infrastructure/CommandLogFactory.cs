using Ballast.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Infrastructure;

/// <summary>Ballast with every SQL command kept in <see cref="Log"/>, on either engine.</summary>
public sealed class CommandLogFactory : BallastFactory
{
    public CommandLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Log));
            services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(Log));
        });
    }
}
