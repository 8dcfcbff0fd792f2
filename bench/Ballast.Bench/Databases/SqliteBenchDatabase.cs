using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ballast.Bench.Databases;

/// <summary>Ballast's default: ballast.db in the data folder.</summary>
public sealed class SqliteBenchDatabase(string folder) : BenchDatabase(folder)
{
    public override string Engine => "sqlite";

    public override IReadOnlyDictionary<string, string> AppEnvironment => new Dictionary<string, string>
    {
        ["Database__Provider"] = "Sqlite",
        ["Database__ConnectionString"] = "",
        ["DataFolder"] = Folder,
    };

    public override DbConnection Connection() =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, "ballast.db"), DefaultTimeout = 30 }.ToString());

    protected override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
