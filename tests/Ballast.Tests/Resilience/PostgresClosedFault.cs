using Npgsql;

namespace Ballast.Tests.Resilience;

/// <summary>The database takes no connections (an operator closed it, the server is at its limit):
/// Ballast's sessions are ended and every new one is refused.</summary>
public sealed class PostgresClosedFault(string connectionString) : DatabaseFault
{
    public override bool Unhealthy => true;

    protected override async Task BreakAsync()
    {
        await PostgresAsync(connectionString, $"ALTER DATABASE \"{Database(connectionString)}\" CONNECTION LIMIT 0", TerminateOthers);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>From the maintenance database: the closed one refuses this role too.</summary>
    protected override async Task MendAsync() =>
        await PostgresAsync(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ToString(),
            $"ALTER DATABASE \"{Database(connectionString)}\" CONNECTION LIMIT -1");
}
