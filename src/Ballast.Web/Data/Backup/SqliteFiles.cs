using Microsoft.Data.Sqlite;

namespace Ballast.Web.Data.Backup;

/// <summary>SQLite files opened outside the app's pool (so nothing keeps them open afterwards), and
/// the online copy every backup, safety copy and restore is made with.</summary>
public static class SqliteFiles
{
    public static string PathOf(string connectionString) => Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    public static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadWrite) =>
        new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());

    /// <summary>Copies a database page by page with SQLite's backup API, in one step: one read
    /// transaction, so the copy is a consistent moment even while Ballast writes (in WAL mode the
    /// writers do not wait). The copy is left as a single file (rollback journal, no -wal).</summary>
    public static async Task CopyAsync(string from, string to)
    {
        await using var source = Open(from);
        await source.OpenAsync();
        await using var target = Open(to, SqliteOpenMode.ReadWriteCreate);
        await target.OpenAsync();
        source.BackupDatabase(target);
        await using var command = new SqliteCommand("PRAGMA journal_mode=DELETE", target);
        await command.ExecuteNonQueryAsync();
    }
}
