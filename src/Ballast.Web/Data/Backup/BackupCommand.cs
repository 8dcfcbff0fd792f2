using Ballast.Web.Common;

namespace Ballast.Web.Data.Backup;

/// <summary><c>backup [--out FOLDER]</c>: an online backup of the configured database, checked.</summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var config = services.GetRequiredService<IConfiguration>();
        var root = services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        var (provider, connection) = DatabaseSetup.Resolve(config, root);
        var folder = BackupFolder.Resolve(config, root, CommandLine.Options(args).GetValueOrDefault("out"));
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return provider == DatabaseProvider.Postgres
            ? await PostgresBackup.CreateAsync(connection, folder, now, stdout, stderr)
            : await SqliteBackup.CreateAsync(SqliteFiles.PathOf(connection), folder, now, stdout, stderr);
    }
}
