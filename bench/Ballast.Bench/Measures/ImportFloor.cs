using System.Data.Common;
using System.Diagnostics;
using Ballast.Bench.Databases;
using MiniExcelLibs;

namespace Ballast.Bench.Measures;

/// <summary>The import's floor: a bare MiniExcel read of the same file, then the same rows written in one
/// transaction (one prepared insert per row) into a scratch table of the same database, dropped afterwards.</summary>
public static class ImportFloor
{
    public static async Task<(double ParseMs, double InsertMs)> MeasureAsync(BenchDatabase db, byte[] file)
    {
        var start = Stopwatch.GetTimestamp();
        using var stream = new MemoryStream(file);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var parse = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        await using var connection = db.Connection();
        await connection.OpenAsync();
        var cols = string.Join(", ", ImportFile.Columns.Select((_, i) => $"c{i}"));
        await ExecAsync(connection, "DROP TABLE IF EXISTS bench_import_floor");
        await ExecAsync(connection, "CREATE TABLE bench_import_floor (c0 varchar(200), c1 varchar(100), c2 varchar(200), c3 numeric(18,4), "
            + "c4 numeric(18,4), c5 varchar(100), c6 varchar(32), c7 varchar(1000))");
        start = Stopwatch.GetTimestamp();
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = $"INSERT INTO bench_import_floor ({cols}) VALUES ({string.Join(", ", ImportFile.Columns.Select((_, i) => $"@c{i}"))})";
            var parameters = ImportFile.Columns.Select((_, i) =>
            {
                var p = insert.CreateParameter();
                p.ParameterName = $"@c{i}";
                p.DbType = i is 3 or 4 ? System.Data.DbType.Decimal : System.Data.DbType.String;
                insert.Parameters.Add(p);
                return p;
            }).ToArray();
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    var v = row[ImportFile.Columns[i]];
                    parameters[i].Value = i is 3 or 4 ? Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) : v?.ToString() ?? "";
                }
                await insert.ExecuteNonQueryAsync();
            }
            await tx.CommitAsync();
        }
        var insertMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        await ExecAsync(connection, "DROP TABLE bench_import_floor");
        return (parse, insertMs);
    }

    private static async Task ExecAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
