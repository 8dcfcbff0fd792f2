using Npgsql;

namespace Ballast.Tests.Resilience;

/// <summary>Another session holds the audit chain's row lock, and the database gives up waiting for
/// a lock after 300 ms: every audited write fails with lock_not_available, reads go on.</summary>
public sealed class PostgresLockFault(string connectionString) : DatabaseFault
{
    private NpgsqlConnection? _holder;
    private NpgsqlTransaction? _transaction;

    public override bool Unhealthy => false;

    protected override async Task BreakAsync()
    {
        await PostgresAsync(connectionString, $"ALTER DATABASE \"{Database(connectionString)}\" SET lock_timeout = '300ms'", TerminateOthers);
        NpgsqlConnection.ClearAllPools();
        _holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await _holder.OpenAsync();
        _transaction = await _holder.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM \"AuditHeads\" WHERE \"Id\" = 1 FOR UPDATE", _holder, _transaction);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task MendAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync();
            await _transaction.DisposeAsync();
        }
        if (_holder is not null)
        {
            await _holder.DisposeAsync();
        }
        await PostgresAsync(connectionString, $"ALTER DATABASE \"{Database(connectionString)}\" RESET lock_timeout", TerminateOthers);
        NpgsqlConnection.ClearAllPools();
    }
}
