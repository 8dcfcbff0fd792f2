using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

public static class DatabaseSetup
{
    /// <summary>Reads <c>Database:Provider</c> (Sqlite or Postgres) and <c>Database:ConnectionString</c>;
    /// SQLite defaults to a file in the data folder.</summary>
    public static (DatabaseProvider Provider, string ConnectionString) Resolve(IConfiguration config, string contentRoot)
    {
        var providerText = config["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var p) ? p
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        var connection = config["Database:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
            }
            var folder = DataFolder(config, contentRoot);
            connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "ballast.db"), DefaultTimeout = 30 }.ToString();
        }
        return (provider, connection);
    }

    public static string DataFolder(IConfiguration config, string contentRoot)
    {
        var folder = Path.GetFullPath(config["DataFolder"] ?? "data", contentRoot);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static IServiceCollection AddBallastDatabase(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var (provider, connection) = Resolve(config, contentRoot);
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connection));
        }
        else
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection));
        }
        return services;
    }

    /// <summary>Brings the schema up to date. SQLite runs in WAL mode so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await db.Database.MigrateAsync(ct);
    }
}
