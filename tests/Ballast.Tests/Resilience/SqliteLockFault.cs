using Microsoft.Data.Sqlite;

namespace Ballast.Tests.Resilience;

/// <summary>Another process holds SQLite's write lock (a long transaction, a copy tool): readers go
/// on in WAL mode, every writer gives up after its timeout with SQLITE_BUSY.</summary>
public sealed class SqliteLockFault(string connectionString) : DatabaseFault
{
    private SqliteConnection? _holder;

    public override bool Unhealthy => false;

    protected override async Task BreakAsync()
    {
        _holder = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await _holder.OpenAsync();
        await using var command = new SqliteCommand("BEGIN EXCLUSIVE", _holder);
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task MendAsync()
    {
        if (_holder is not null)
        {
            await using var command = new SqliteCommand("ROLLBACK", _holder);
            await command.ExecuteNonQueryAsync();
            await _holder.DisposeAsync();
            _holder = null;
        }
    }
}
