using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data.Backup;

/// <summary>Whether a database copy can be trusted: SQLite's own integrity check finds every page
/// sound, and Ballast's audit chain verifies from its anchor to its head.</summary>
public sealed record BackupCheck(bool Ok, string Integrity, AuditVerification? Audit)
{
    public string Describe() => $"integrity: {Integrity}; " + (Audit is null ? "audit trail not checked" : AuditVerifier.Describe(Audit));

    public static async Task<BackupCheck> SqliteAsync(string path)
    {
        await using var connection = SqliteFiles.Open(path, SqliteOpenMode.ReadOnly);
        string integrity;
        try
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("PRAGMA integrity_check", connection);
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(0));
                }
            }
            integrity = string.Join("; ", lines.Take(5));
        }
        catch (SqliteException e)
        {
            return new(false, e.Message, null);
        }
        if (integrity != "ok")
        {
            return new(false, integrity, null);
        }
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options,
            new UserScope(), TimeProvider.System);
        try
        {
            var audit = await AuditVerifier.VerifyAsync(db);
            return new(audit.Intact, integrity, audit);
        }
        catch (SqliteException e)
        {
            return new(false, $"ok, but not a Ballast database ({e.Message})", null);
        }
    }

    public static async Task<BackupCheck> PostgresAsync(string connectionString)
    {
        await using var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options,
            new UserScope(), TimeProvider.System);
        var audit = await AuditVerifier.VerifyAsync(db);
        return new(audit.Intact, "restored by pg_restore", audit);
    }
}
