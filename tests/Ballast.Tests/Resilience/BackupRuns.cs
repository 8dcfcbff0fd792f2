using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Data.Backup;
using Ballast.Web.Features.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Resilience;

/// <summary>Runs the backup and restore commands as the command line does, answering the exit code
/// and what they printed.</summary>
internal static class BackupRuns
{
    public static DatabaseProvider Provider => BallastFactory.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>Backs up <paramref name="app"/>'s database into a folder of its own; the file is the one the run wrote.</summary>
    public static async Task<(int Code, string Output, string? File)> BackupAsync(BallastFactory app, string folder)
    {
        Directory.CreateDirectory(folder);
        var before = Directory.GetFiles(folder).ToHashSet();
        using var output = new StringWriter();
        var code = await BackupCommand.RunAsync(app.Services, ["--out", folder], output, output);
        var file = Directory.GetFiles(folder).Where(f => !before.Contains(f) && !f.EndsWith(".sha256", StringComparison.Ordinal)).SingleOrDefault();
        return (code, output.ToString(), file);
    }

    public static async Task<(int Code, string Output)> RestoreAsync(string connectionString, string file, DateTimeOffset now)
    {
        using var output = new StringWriter();
        var code = await RestoreCommand.RunAsync(Provider, connectionString, file, now, output, output);
        return (code, output.ToString());
    }

    public static Task<AuditHead> HeadAsync(BallastFactory app) =>
        app.WithDbAsync(db => db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.EndRow));

    public static void RequirePgTools()
    {
        if (BallastFactory.IsPostgres)
        {
            Assert.True(PgTools.Find("pg_dump") is not null && PgTools.Find("pg_restore") is not null,
                "the PostgreSQL lane needs pg_dump and pg_restore on PATH (the postgresql package has them)");
        }
    }
}
