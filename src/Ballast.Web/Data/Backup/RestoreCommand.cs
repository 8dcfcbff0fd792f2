namespace Ballast.Web.Data.Backup;

/// <summary><c>restore FILE</c>: puts a backup in place of the configured database. Ballast must be
/// stopped; the database it replaces is kept.</summary>
public static class RestoreCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync("usage: restore FILE   (a backup made by the backup command; stop Ballast first)");
            return 2;
        }
        var config = services.GetRequiredService<IConfiguration>();
        var (provider, connection) = DatabaseSetup.Resolve(config, services.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return await RunAsync(provider, connection, Path.GetFullPath(args[0]), now, stdout, stderr);
    }

    public static Task<int> RunAsync(DatabaseProvider provider, string connection, string file, DateTimeOffset now, TextWriter stdout, TextWriter stderr) =>
        provider == DatabaseProvider.Postgres
            ? PostgresRestore.RunAsync(connection, file, now, stdout, stderr)
            : SqliteRestore.RunAsync(SqliteFiles.PathOf(connection), file, now, stdout, stderr);
}
