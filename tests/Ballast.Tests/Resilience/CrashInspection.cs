using Ballast.Web.Data;
using Ballast.Web.Data.Backup;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Resilience;

/// <summary>Looks at a database a killed Ballast left behind, as the next start will find it (the
/// first connection recovers the write-ahead log): SQLite's integrity check, the audit chain, and
/// the rows an interrupted import or monthly save may have touched.</summary>
internal static class CrashInspection
{
    public static async Task<T> WithDbAsync<T>(string folder, Func<AppDbContext, Task<T>> work)
    {
        await using var connection = SqliteFiles.Open(Path.Combine(folder, "ballast.db"));
        await connection.OpenAsync();
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options,
            new UserScope(), TimeProvider.System);
        return await work(db);
    }

    /// <summary>"ok" and an intact chain, or what is wrong.</summary>
    public static Task<string> SoundAsync(string folder) => WithDbAsync(folder, async db =>
    {
        await using var command = new SqliteCommand("PRAGMA integrity_check", (SqliteConnection)db.Database.GetDbConnection());
        var integrity = (string)(await command.ExecuteScalarAsync())!;
        var audit = await AuditVerifier.VerifyAsync(db);
        return integrity == "ok" && audit.Intact ? "ok" : $"integrity {integrity}; {AuditVerifier.Describe(audit)}";
    });

    /// <summary>The projects an import named with the prefix wrote, and what its batch record says (null: no record).</summary>
    public static Task<(int Projects, int? Recorded)> ImportAsync(string folder, string prefix, string fileName) => WithDbAsync(folder, async db =>
        (await db.Projects.IgnoreQueryFilters().CountAsync(p => p.Name.StartsWith(prefix)),
         await db.ImportBatches.Where(b => b.FileName == fileName).Select(b => (int?)b.RowsCommitted).SingleOrDefaultAsync()));

    /// <summary>The month's reports: how many, and each one's figure and progress as stored.</summary>
    public static Task<List<(int Key, decimal Completed, string? Progress)>> ReportsAsync(string folder, int periodId) => WithDbAsync(folder, async db =>
        (await db.MonthlyReports.IgnoreQueryFilters().Where(r => r.PeriodId == periodId)
            .Select(r => new { r.KeyProjectId, r.Completed, r.PhysicalProgress }).ToListAsync())
        .Select(r => (r.KeyProjectId, r.Completed, r.PhysicalProgress)).ToList());

    public static Task<List<int>> KeyProjectsAsync(string folder, int year) => WithDbAsync(folder, db =>
        db.KeyProjects.IgnoreQueryFilters().Where(k => k.Year == year && k.Class == Web.Features.Projects.KeyProjectClass.Construction
            && k.Project!.MergedIntoId == null).OrderBy(k => k.Id).Select(k => k.Id).ToListAsync());
}
