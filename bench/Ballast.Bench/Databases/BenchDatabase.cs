using System.Data.Common;
using System.Globalization;

namespace Ballast.Bench.Databases;

/// <summary>A database the run owns: created empty, handed to Ballast through its environment, read directly
/// by the floors, removed at the end.</summary>
public abstract class BenchDatabase : IAsyncDisposable
{
    protected BenchDatabase(string folder) => Folder = folder;

    /// <summary>Ballast's data folder for this database (SQLite keeps the database there).</summary>
    public string Folder { get; }

    public abstract string Engine { get; }

    /// <summary>Database__Provider, Database__ConnectionString and DataFolder for Ballast.</summary>
    public abstract IReadOnlyDictionary<string, string> AppEnvironment { get; }

    /// <summary>A new, unopened connection to the same database.</summary>
    public abstract DbConnection Connection();

    public static async Task<BenchDatabase> CreateAsync(string engine, string label)
    {
        var server = Environment.GetEnvironmentVariable("BALLAST_BENCH_PG");
        if (engine != "sqlite" && string.IsNullOrWhiteSpace(server))
        {
            throw new BenchFailedException("PostgreSQL needs BALLAST_BENCH_PG, e.g. Host=127.0.0.1;Port=55432;Username=ballast;Password=ballast");
        }
        var folder = Directory.CreateTempSubdirectory($"ballast-bench-{label}-").FullName;
        try
        {
            return engine == "sqlite" ? new SqliteBenchDatabase(folder) : await PostgresBenchDatabase.CreateAsync(server!, folder, label);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = Connection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async Task<List<string>> StringsAsync(string sql)
    {
        await using var connection = Connection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await DropAsync();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    protected abstract Task DropAsync();
}
