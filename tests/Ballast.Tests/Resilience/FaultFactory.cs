using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ballast.Tests.Resilience;

/// <summary>Ballast whose database a test can break and mend while it runs: SQLite connections go
/// through <see cref="Switch"/>, a locked SQLite file fails a write after one second instead of
/// thirty, and warnings are kept in <see cref="Logs"/>.</summary>
public sealed class FaultFactory : BallastFactory
{
    public SqliteFaultSwitch Switch { get; } = new();

    public LogCapture Logs { get; } = new();

    protected override int SqliteTimeoutSeconds => 1;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (!IsPostgres)
        {
            builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Switch)));
        }
    }
}
