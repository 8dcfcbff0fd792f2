using Npgsql;

namespace Ballast.Tests.Resilience;

/// <summary>PostgreSQL put into read-only mode (as a standby, or an operator protecting a full disk):
/// every write fails with read_only_sql_transaction.</summary>
public sealed class PostgresReadOnlyFault(string connectionString) : DatabaseFault
{
    public override bool Unhealthy => true;

    protected override async Task BreakAsync()
    {
        await PostgresAsync(connectionString, $"ALTER DATABASE \"{Database(connectionString)}\" SET default_transaction_read_only = on", TerminateOthers);
        NpgsqlConnection.ClearAllPools();
    }

    protected override async Task MendAsync()
    {
        // This session starts read-only too: it lifts that for itself first.
        await PostgresAsync(connectionString, "SET default_transaction_read_only = off",
            $"ALTER DATABASE \"{Database(connectionString)}\" RESET default_transaction_read_only", TerminateOthers);
        NpgsqlConnection.ClearAllPools();
    }
}
