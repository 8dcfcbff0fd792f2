namespace Ballast.Web.Data.Backup;

/// <summary>A file beside the SQLite database that a running Ballast holds with a shared lock for
/// as long as it runs; a restore takes it exclusively and so refuses while Ballast runs. The system
/// drops the lock when the process ends, however it ends (kill -9 included).</summary>
public sealed class SqliteRunLock : IDisposable
{
    private readonly FileStream _file;

    private SqliteRunLock(FileStream file) => _file = file;

    public static string PathFor(string databaseFile) => databaseFile + ".running";

    /// <summary>Held by the running app (several instances may share it).</summary>
    public static SqliteRunLock Shared(string databaseFile) =>
        new(new FileStream(PathFor(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite));

    /// <summary>Null while any Ballast holds the database.</summary>
    public static SqliteRunLock? TryExclusive(string databaseFile)
    {
        try
        {
            return new(new FileStream(PathFor(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
