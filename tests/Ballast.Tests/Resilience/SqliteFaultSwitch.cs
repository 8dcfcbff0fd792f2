using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ballast.Tests.Resilience;

/// <summary>Breaks every connection Ballast opens to SQLite while a switch is on. Read-only
/// (<c>PRAGMA query_only</c>): writes fail with SQLITE_READONLY exactly as on a read-only file or
/// volume, which a chmod cannot show when the tests run as root. Unreachable: opening fails with
/// SQLITE_CANTOPEN, as when the volume holding the file is gone.</summary>
public sealed class SqliteFaultSwitch : DbConnectionInterceptor
{
    private const int CantOpen = 14;
    private volatile bool _readOnly;
    private volatile bool _unreachable;

    public bool ReadOnly
    {
        get => _readOnly;
        set => _readOnly = value;
    }

    public bool Unreachable
    {
        get => _unreachable;
        set => _unreachable = value;
    }

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        _unreachable ? throw new SqliteException("unable to open database file", CantOpen) : result;

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ConnectionOpening(connection, eventData, result));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = QueryOnly(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = QueryOnly(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand QueryOnly(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _readOnly ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0";
        return command;
    }
}
