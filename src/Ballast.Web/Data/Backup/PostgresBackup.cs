using Ballast.Web.Common;

namespace Ballast.Web.Data.Backup;

/// <summary>A logical backup of the PostgreSQL database with pg_dump (custom format: one consistent
/// snapshot, taken while Ballast runs). For point-in-time recovery use a base backup with WAL
/// archiving instead (docs/operations.md).</summary>
public static class PostgresBackup
{
    public static async Task<int> CreateAsync(string connectionString, string folder, DateTimeOffset now, TextWriter stdout, TextWriter stderr)
    {
        if (PgTools.Find("pg_dump") is null || PgTools.Find("pg_restore") is null)
        {
            await stderr.WriteLineAsync("pg_dump and pg_restore are not on PATH: no backup taken. " + PgTools.Missing);
            return 2;
        }
        var live = await BackupCheck.PostgresAsync(connectionString);
        var file = BackupFolder.NewFile(folder, now, ".dump");
        var (code, output) = await PgTools.RunAsync("pg_dump", connectionString, "--format=custom", "--no-owner", "--no-privileges", "--file", file);
        if (code != 0)
        {
            await stderr.WriteLineAsync($"pg_dump failed ({code}): {output}");
            return 1;
        }
        // The archive must at least be readable; its audit chain is checked when it is restored.
        var (listed, listing) = await PgTools.RunAsync("pg_restore", connectionString, "--list", file);
        await stdout.WriteLineAsync($"backup written: {file} ({new FileInfo(file).Length / 1024.0 / 1024.0:0.0} MB)");
        await stdout.WriteLineAsync($"  live database before the dump: {AuditVerifiedText(live)}");
        if (listed != 0)
        {
            await stderr.WriteLineAsync($"the dump cannot be read back (pg_restore --list: {listing}): do not rely on it.");
            return 1;
        }
        await stdout.WriteLineAsync($"  sha256 {await FileDigest.WriteBesideAsync(file)} (in {Path.GetFileName(file)}.sha256)");
        return live.Ok ? 0 : 1;
    }

    private static string AuditVerifiedText(BackupCheck check) =>
        check.Audit is null ? "audit trail not checked" : Features.Auditing.AuditVerifier.Describe(check.Audit);
}
