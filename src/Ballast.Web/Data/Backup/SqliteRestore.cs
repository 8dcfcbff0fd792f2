using Ballast.Web.Common;

namespace Ballast.Web.Data.Backup;

/// <summary>Puts a backup in place of the SQLite database: refused while Ballast runs on it, refused
/// for a file that fails its digest, SQLite's integrity check or the audit chain; the database it
/// replaces is kept beside it as <c>ballast.db.before-restore-STAMP</c>.</summary>
public static class SqliteRestore
{
    public static async Task<int> RunAsync(string database, string file, DateTimeOffset now, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"no such file: {file}");
            return 2;
        }
        using var running = SqliteRunLock.TryExclusive(database);
        if (running is null)
        {
            await stderr.WriteLineAsync($"refused: Ballast is running on {database}. Stop it first: a restore replaces the whole database.");
            return 1;
        }
        if (await FileDigest.MatchesAsync(file) == false)
        {
            await stderr.WriteLineAsync($"refused: {file} does not match its .sha256: the file changed since it was backed up.");
            return 1;
        }
        var check = await BackupCheck.SqliteAsync(file);
        if (!check.Ok)
        {
            await stderr.WriteLineAsync($"refused: {file} does not verify ({check.Describe()}); the database is unchanged.");
            return 1;
        }
        if (File.Exists(database))
        {
            var kept = $"{database}.before-restore-{BackupFolder.Stamp(now)}";
            await SqliteFiles.CopyAsync(database, kept);
            await stdout.WriteLineAsync($"the database being replaced is kept as {kept}");
        }
        await SqliteFiles.CopyAsync(file, database);
        var after = await BackupCheck.SqliteAsync(database);
        await stdout.WriteLineAsync($"restored {file} to {database}: {after.Describe()}");
        return after.Ok ? 0 : 1;
    }
}
