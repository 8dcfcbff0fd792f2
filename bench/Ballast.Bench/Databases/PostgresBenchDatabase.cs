using System.Data.Common;
using Npgsql;

namespace Ballast.Bench.Databases;

/// <summary>A database of its own on the server BALLAST_BENCH_PG names, dropped at the end.</summary>
public sealed class PostgresBenchDatabase : BenchDatabase
{
    private readonly string _server;
    private readonly string _connection;
    private readonly string _name;

    private PostgresBenchDatabase(string server, string folder, string name) : base(folder)
    {
        _server = server;
        _name = name;
        _connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public override string Engine => "postgres";

    public override IReadOnlyDictionary<string, string> AppEnvironment => new Dictionary<string, string>
    {
        ["Database__Provider"] = "Postgres",
        ["Database__ConnectionString"] = _connection,
        ["DataFolder"] = Folder,
    };

    public override DbConnection Connection() => new NpgsqlConnection(_connection);

    public static async Task<PostgresBenchDatabase> CreateAsync(string server, string folder, string label)
    {
        var name = $"ballast_bench_{label.Replace('-', '_')}_{Environment.ProcessId}";
        var db = new PostgresBenchDatabase(server, folder, name);
        await db.AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await db.AdminAsync($"CREATE DATABASE \"{name}\"");
        return db;
    }

    protected override async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
