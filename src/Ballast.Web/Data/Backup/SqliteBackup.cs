using Ballast.Web.Common;

namespace Ballast.Web.Data.Backup;

/// <summary>An online backup of the SQLite database: copied while Ballast runs, then checked as a
/// copy (integrity and audit chain) before it is declared good and given its digest.</summary>
public static class SqliteBackup
{
    public static async Task<int> CreateAsync(string database, string folder, DateTimeOffset now, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(database))
        {
            await stderr.WriteLineAsync($"no database at {database}: nothing to back up.");
            return 2;
        }
        var file = BackupFolder.NewFile(folder, now, ".db");
        await SqliteFiles.CopyAsync(database, file);
        var check = await BackupCheck.SqliteAsync(file);
        await stdout.WriteLineAsync($"backup written: {file} ({new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MB)");
        await stdout.WriteLineAsync($"  {check.Describe()}");
        if (!check.Ok)
        {
            // Kept as evidence, without a digest; restore refuses it.
            await stderr.WriteLineAsync("the copy does NOT verify: do not rely on it; check the database (audit verify) and the disk.");
            return 1;
        }
        await stdout.WriteLineAsync($"  sha256 {await FileDigest.WriteBesideAsync(file)} (in {Path.GetFileName(file)}.sha256)");
        return 0;
    }
}
