using Ballast.Tests.Infrastructure;
using Ballast.Web.Data.Backup;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Ballast.Tests.Resilience.BackupRuns;

namespace Ballast.Tests.Resilience;

/// <summary>A restore replaces the whole database, so it refuses what could make things worse:
/// Ballast still running on it, a backup changed since it was taken, a file that is not a sound
/// database, a copy whose audit chain does not verify. A refused restore leaves the database as it
/// was; an accepted one keeps the database it replaced.</summary>
public sealed class RestoreRefusalTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2023, 7, 10, 1, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("ballast-restore-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(BallastFactory Live, string Backup)> BackedUpAsync()
    {
        RequirePgTools();
        var live = new BallastFactory();
        await live.CreateUserAsync("restore-office", "dept-drc", Web.Features.Organisation.Roles.ProgrammeOffice);
        var (code, output, file) = await BackupAsync(live, Path.Combine(_folder, "backups"));
        Assert.True(code == 0, output);
        return (live, file!);
    }

    [Fact]
    public async Task A_restore_is_refused_while_Ballast_runs_on_the_database()
    {
        var (live, backup) = await BackedUpAsync();
        await using var _ = live;
        var head = await HeadAsync(live);

        var (code, output) = await RestoreAsync(live.ConnectionString, backup, Now);

        Assert.Equal(1, code);
        Assert.Contains(BallastFactory.IsPostgres ? "session(s) are connected" : "Ballast is running", output, StringComparison.Ordinal);
        Assert.Equal(head.LastHash, (await HeadAsync(live)).LastHash);
    }

    [Fact]
    public async Task Files_that_do_not_verify_are_refused_and_the_database_stays_as_it_was()
    {
        var (live, backup) = await BackedUpAsync();
        await using var _ = live;
        await using var target = new BallastFactory();
        var (first, firstOutput) = await RestoreAsync(target.ConnectionString, backup, Now);
        Assert.True(first == 0, firstOutput);
        var before = await StateOfAsync(target);

        var bad = BallastFactory.IsPostgres ? await PostgresVariantsAsync(live, backup) : await SqliteVariantsAsync(backup);
        foreach (var (name, file, expected) in bad)
        {
            var (code, output) = await RestoreAsync(target.ConnectionString, file, Now.AddMinutes(1));
            Assert.True(code != 0, $"{name} was restored: {output}");
            Assert.True(output.Contains(expected, StringComparison.Ordinal), $"{name}: {output}");
            Assert.Equal(before, await StateOfAsync(target));
        }

        // A good one is taken, and what it replaced is kept and still verifies.
        var (again, againOutput) = await RestoreAsync(target.ConnectionString, backup, Now.AddMinutes(2));
        Assert.True(again == 0, againOutput);
        var kept = againOutput.Split("kept as ", 2)[1].Split('\n')[0].Trim();
        if (BallastFactory.IsPostgres)
        {
            var cs = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = kept, Pooling = false }.ToString();
            Assert.True((await BackupCheck.PostgresAsync(cs)).Ok);
            await DropAsync(kept);
        }
        else
        {
            Assert.True((await BackupCheck.SqliteAsync(kept)).Ok);
        }
    }

    /// <summary>What a restore must leave alone: the audit head of the target, and no stray databases or copies.</summary>
    private static async Task<string> StateOfAsync(BallastFactory target)
    {
        if (BallastFactory.IsPostgres)
        {
            var cs = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false };
            var check = await BackupCheck.PostgresAsync(cs.ToString());
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs.ToString()) { Database = "postgres" }.ToString());
            await admin.OpenAsync();
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname LIKE '{cs.Database}%'", admin);
            return $"{check.Audit!.Head} {await count.ExecuteScalarAsync()}";
        }
        var file = SqliteFiles.PathOf(target.ConnectionString);
        var copies = Directory.GetFiles(Path.GetDirectoryName(file)!, "ballast.db.before-restore*").Length;
        return $"{await Web.Common.FileDigest.Sha256Async(file)} {copies}";
    }

    private async Task<List<(string Name, string File, string Expected)>> SqliteVariantsAsync(string backup)
    {
        async Task<string> CopyAsync(string name, string? sql = null)
        {
            var path = Path.Combine(_folder, name + ".db");
            File.Copy(backup, path);
            if (sql is not null)
            {
                await using var connection = SqliteFiles.Open(path);
                await connection.OpenAsync();
                await using var command = new SqliteCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
            return path;
        }
        var changed = await CopyAsync("changed");
        File.Copy(backup + ".sha256", changed + ".sha256");
        await File.AppendAllTextAsync(changed, "x");
        var corrupt = await CopyAsync("corrupt");
        await using (var stream = new FileStream(corrupt, FileMode.Open))
        {
            stream.Seek(8192, SeekOrigin.Begin);
            stream.Write(Enumerable.Repeat((byte)0xA5, 16_384).ToArray());
        }
        var junk = Path.Combine(_folder, "junk.db");
        await File.WriteAllBytesAsync(junk, System.Security.Cryptography.RandomNumberGenerator.GetBytes(65_536));
        var foreign = Path.Combine(_folder, "foreign.db");
        await using (var connection = SqliteFiles.Open(foreign, SqliteOpenMode.ReadWriteCreate))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)", connection);
            await command.ExecuteNonQueryAsync();
        }
        return
        [
            ("changed since the backup", changed, "does not match its .sha256"),
            ("an audit entry edited", await CopyAsync("edited", "UPDATE \"AuditEntries\" SET \"UserName\" = 'mallory' WHERE \"Id\" = 5"), "BROKEN at entry 5"),
            ("an audit entry deleted", await CopyAsync("deleted", "DELETE FROM \"AuditEntries\" WHERE \"Id\" = 7"), "entry 7 is missing"),
            ("the newest entry cut off",
                await CopyAsync("cut", "DELETE FROM \"AuditEntries\" WHERE \"Id\" = (SELECT max(\"Id\") FROM \"AuditEntries\")"), "the head says"),
            ("pages overwritten", corrupt, "refused"),
            ("not a database", junk, "refused"),
            ("another application's database", foreign, "not a Ballast database"),
            ("a file that is not there", Path.Combine(_folder, "missing.db"), "no such file"),
        ];
    }

    private async Task<List<(string Name, string File, string Expected)>> PostgresVariantsAsync(BallastFactory live, string backup)
    {
        var changed = Path.Combine(_folder, "changed.dump");
        File.Copy(backup, changed);
        File.Copy(backup + ".sha256", changed + ".sha256");
        await File.AppendAllTextAsync(changed, "x");
        var junk = Path.Combine(_folder, "junk.dump");
        await File.WriteAllBytesAsync(junk, System.Security.Cryptography.RandomNumberGenerator.GetBytes(65_536));
        // A dump of a database whose trail someone edited: pg_dump copies it faithfully, the restore refuses it.
        await live.WithDbAsync(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
            "UPDATE \"AuditEntries\" SET \"UserName\" = 'mallory' WHERE \"Id\" = 5"));
        var (code, output, edited) = await BackupAsync(live, Path.Combine(_folder, "edited"));
        Assert.True(code == 1 && output.Contains("BROKEN at entry 5", StringComparison.Ordinal), output);
        return
        [
            ("changed since the backup", changed, "refused"),
            ("not a dump", junk, "refused"),
            ("an audit entry edited", edited!, "BROKEN at entry 5"),
            ("a file that is not there", Path.Combine(_folder, "missing.dump"), "no such file"),
        ];
    }

    private static async Task DropAsync(string database)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(BallastFactory.PostgresServer) { Database = "postgres" }.ToString());
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
