using System.Collections.Concurrent;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ballast.Tests.Infrastructure;

/// <summary>Ballast on a real database of its own: a SQLite file in a temporary folder, or — when
/// <c>BALLAST_TEST_PROVIDER=postgres</c> — a fresh PostgreSQL database on the server named by
/// <c>BALLAST_TEST_PG</c>, dropped at the end.</summary>
public class BallastFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly string _pgDatabase;
    private readonly bool _ownsDatabase;

    public BallastFactory()
    {
        _folder = Directory.CreateTempSubdirectory("ballast-test-").FullName;
        _pgDatabase = "ballast_test_" + Guid.NewGuid().ToString("N")[..12];
        _ownsDatabase = true;
    }

    /// <summary>A second instance of Ballast on the first one's database (as two servers behind a
    /// load balancer); the first one drops the database at the end.</summary>
    public static BallastFactory SharingDatabaseOf(BallastFactory first) => new(first);

    private BallastFactory(BallastFactory sharesDatabaseWith)
    {
        _folder = sharesDatabaseWith._folder;
        _pgDatabase = sharesDatabaseWith._pgDatabase;
    }

    public TestClock Clock { get; } = new();

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("BALLAST_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("BALLAST_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=ballast;Password=ballast";

    public string DataFolder => _folder;

    public string ConnectionString => IsPostgres
        ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _pgDatabase }.ToString()
        : $"Data Source={Path.Combine(_folder, "ballast.db")};Default Timeout={SqliteTimeoutSeconds}";

    /// <summary>How long a SQLite command waits for another writer's lock before it fails.</summary>
    protected virtual int SqliteTimeoutSeconds => 30;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: static web assets (and their compressed copies) are served from the build output.
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("DataFolder", _folder);
        builder.UseSetting("Demo:Enabled", "false");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    private readonly ConcurrentDictionary<string, string> _authenticatorKeys = new(StringComparer.Ordinal);

    /// <summary>Creates a user in the named unit with the role, returning the password. The three
    /// administrators get a second factor, as the demo's do: <see cref="TotpCodeAsync"/> gives its codes.</summary>
    public async Task<string> CreateUserAsync(string userName, string unitCode, string role, bool enrolAdmin = true)
    {
        await using var scope = Services.CreateAsyncScope();
        await DemoSeeder.EnsureRolesAsync(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var password = DemoSeeder.GeneratePassword();
        var user = new AppUser { UserName = userName, DisplayName = userName, UnitId = unit.Id };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        if (enrolAdmin && Roles.Separated.Contains(role))
        {
            RememberAuthenticator(userName, await AccountChanges.EnrolAuthenticatorAsync(users, user));
        }
        return password;
    }

    /// <summary>The authenticator key of a user enrolled here or by a test (null when none is known).</summary>
    public string? AuthenticatorKeyOf(string userName) => _authenticatorKeys.GetValueOrDefault(userName);

    public void RememberAuthenticator(string userName, string key) => _authenticatorKeys[userName] = key.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>A code the server will take now, as an authenticator app would show it. A code is
    /// good once: when this step's code was used already, the clock moves to the next step.</summary>
    public async Task<string> TotpCodeAsync(string userName)
    {
        var key = AuthenticatorKeyOf(userName) ?? throw new InvalidOperationException($"{userName} has no known authenticator key");
        var used = await WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.TotpLastStep).SingleAsync());
        var step = Totp.StepAt(Clock.GetUtcNow());
        if (used is { } last && last >= step)
        {
            if (last - step > 2)
            {
                throw new InvalidOperationException($"{userName} used a code from a later clock; set the clock forward first");
            }
            step = last + 1;
            Clock.Set(DateTimeOffset.FromUnixTimeSeconds(step * Totp.StepSeconds));
        }
        return Totp.Code(Base32.Decode(key), step);
    }

    /// <summary>Runs work against the database as the system (sees everything).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task WithDbAsync(Func<AppDbContext, Task> work) => WithDbAsync(async db => { await work(db); return 0; });

    /// <summary>DROP … WITH (FORCE) cannot end an autovacuum worker that this role does not own:
    /// when one is busy on the fresh database, try again shortly.</summary>
    private async Task DropAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ToString());
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgDatabase}\" WITH (FORCE)", conn);
                await cmd.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(300);
            }
        }
    }

    private static void Check(IdentityResult r)
    {
        if (!r.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (!_ownsDatabase)
        {
            return;
        }
        if (IsPostgres)
        {
            await DropAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
