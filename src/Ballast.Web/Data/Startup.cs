using Ballast.Web.Data.Backup;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

public static class Startup
{
    /// <summary>Migrates, loads the reference data and, for the demo, the demo users and records.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        if (db.Database.IsSqlite())
        {
            // A restore refuses while this is held (Data/Backup/SqliteRunLock).
            var running = SqliteRunLock.Shared(SqliteFiles.PathOf(db.Database.GetConnectionString()!));
            app.Lifetime.ApplicationStopped.Register(running.Dispose);
        }
        await ReferenceSeeder.SeedAsync(db);
        if (app.Configuration.GetValue("Demo:Enabled", false))
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, app.Configuration, app.Environment.ContentRootPath);
        }
        // Projects saved before their investor joined the registry (or before the registry existed).
        await InvestorLinks.LinkAllAsync(db);
        app.Logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }
}
