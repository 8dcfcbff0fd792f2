using Npgsql;

namespace Ballast.Tests.Resilience;

/// <summary>A way the database stops taking writes while reads go on, on the engine the suite runs on.</summary>
public abstract class DatabaseFault : IAsyncDisposable
{
    private bool _running;

    public const string ReadOnly = "read-only";
    public const string Locked = "locked";
    public const string Unreachable = "unreachable";

    /// <summary>Whether readiness reports the fault as unhealthy (503) rather than degraded (a lock that will pass).</summary>
    public abstract bool Unhealthy { get; }

    public async Task StartAsync()
    {
        _running = true;
        await BreakAsync();
    }

    /// <summary>Mends what <see cref="StartAsync"/> broke; once, however often it is called.</summary>
    public async Task StopAsync()
    {
        if (_running)
        {
            _running = false;
            await MendAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task BreakAsync();

    protected abstract Task MendAsync();

    public static DatabaseFault For(FaultFactory app, string kind) => (kind, FaultFactory.IsPostgres) switch
    {
        (ReadOnly, false) => new SqliteSwitchFault(app.Switch, unreachable: false),
        (Unreachable, false) => new SqliteSwitchFault(app.Switch, unreachable: true),
        (Locked, false) => new SqliteLockFault(app.ConnectionString),
        (ReadOnly, true) => new PostgresReadOnlyFault(app.ConnectionString),
        (Unreachable, true) => new PostgresClosedFault(app.ConnectionString),
        _ => new PostgresLockFault(app.ConnectionString),
    };

    /// <summary>Runs statements on a connection of the test's own (outside Ballast's pool).</summary>
    protected static async Task PostgresAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Ends Ballast's sessions so that the next ones start with the database's new settings.</summary>
    protected static string TerminateOthers =>
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";

    protected static string Database(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;
}
