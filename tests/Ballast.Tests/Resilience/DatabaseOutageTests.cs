using System.Net.Sockets;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ballast.Tests.Resilience;

/// <summary>Which failures mean "the database cannot take this just now" (503) on each engine, from
/// real SQLite errors and PostgreSQL's error codes, and that each message has its English.</summary>
public sealed class DatabaseOutageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ballast-outage-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<SqliteConnection> OpenAsync(string file, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_folder, file), Mode = mode, DefaultTimeout = 1, Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<Exception> FailAsync(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        return await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
    }

    private static async Task RunAsync(SqliteConnection connection, string sql)
    {
        await using var command = new SqliteCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Sqlite_read_only_full_locked_and_missing_are_outages_a_constraint_is_not()
    {
        await using (var setup = await OpenAsync("a.db"))
        {
            await RunAsync(setup, "PRAGMA journal_mode=WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)");
        }
        await using var readOnly = await OpenAsync("a.db", SqliteOpenMode.ReadOnly);
        Assert.Equal(Outage.Unwritable, DatabaseOutage.Of(await FailAsync(readOnly, "INSERT INTO t (v) VALUES (1)")));

        await using var full = await OpenAsync("a.db");
        await RunAsync(full, "PRAGMA max_page_count = 3");
        Assert.Equal(Outage.Unwritable, DatabaseOutage.Of(await FailAsync(full, "INSERT INTO t (v) VALUES (zeroblob(100000))")));

        await using var holder = await OpenAsync("a.db");
        await RunAsync(holder, "BEGIN IMMEDIATE");
        await using var writer = await OpenAsync("a.db");
        var busy = await FailAsync(writer, "INSERT INTO t (v) VALUES (1)");
        Assert.Equal(Outage.Busy, DatabaseOutage.Of(new DbUpdateException("save failed", busy)));
        await RunAsync(holder, "ROLLBACK");

        var missing = await Assert.ThrowsAsync<SqliteException>(() => OpenAsync(Path.Combine("no-such-folder", "x.db"), SqliteOpenMode.ReadWrite));
        Assert.Equal(Outage.Unreachable, DatabaseOutage.Of(missing));

        await RunAsync(writer, "INSERT INTO t (id, v) VALUES (1, 1)");
        Assert.Null(DatabaseOutage.Of(await FailAsync(writer, "INSERT INTO t (id, v) VALUES (1, 1)")));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.ReadOnlySqlTransaction, Outage.Unwritable)]
    [InlineData(PostgresErrorCodes.DiskFull, Outage.Unwritable)]
    [InlineData(PostgresErrorCodes.OutOfMemory, Outage.Unwritable)]
    [InlineData(PostgresErrorCodes.LockNotAvailable, Outage.Busy)]
    [InlineData(PostgresErrorCodes.QueryCanceled, Outage.Busy)]
    [InlineData(PostgresErrorCodes.AdminShutdown, Outage.Unreachable)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, Outage.Unreachable)]
    [InlineData(PostgresErrorCodes.TooManyConnections, Outage.Unreachable)]
    [InlineData(PostgresErrorCodes.ConnectionFailure, Outage.Unreachable)]
    [InlineData(PostgresErrorCodes.UniqueViolation, null)]
    [InlineData(PostgresErrorCodes.SerializationFailure, null)]
    [InlineData(PostgresErrorCodes.UndefinedTable, null)]
    public void Postgres_states_map_to_outages(string state, Outage? expected)
    {
        var error = new PostgresException("refused", "ERROR", "ERROR", state);
        Assert.Equal(expected, DatabaseOutage.Of(error));
        Assert.Equal(expected, DatabaseOutage.Of(new DbUpdateException("save failed", error)));
    }

    [Fact]
    public void Npgsql_connection_failures_are_outages_a_misuse_is_not()
    {
        Assert.Equal(Outage.Unreachable, DatabaseOutage.Of(new NpgsqlException("refused", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.Equal(Outage.Busy, DatabaseOutage.Of(new NpgsqlException("pool exhausted", new TimeoutException())));
        Assert.Null(DatabaseOutage.Of(new NpgsqlOperationInProgressException(new NpgsqlCommand())));
        Assert.Null(DatabaseOutage.Of(new InvalidOperationException("a fault of ours")));
    }

    [Fact]
    public void Every_outage_message_has_its_English()
    {
        foreach (var outage in Enum.GetValues<Outage>())
        {
            foreach (var write in new[] { true, false })
            {
                var title = DatabaseOutage.Title(outage, write);
                Assert.True(Texts.EnglishTexts.ContainsKey(title), title);
                Assert.Equal(write, title.EndsWith("您的输入未保存", StringComparison.Ordinal));
            }
        }
    }
}
