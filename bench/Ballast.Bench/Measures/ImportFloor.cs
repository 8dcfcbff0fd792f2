using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Ballast.Bench.Databases;
using MiniExcelLibs;

namespace Ballast.Bench.Measures;

/// <summary>The import's floor: a bare MiniExcel read of the same file (timed on the second read, as the server's
/// import path is warm), then the same rows written in one transaction, 100 rows per INSERT, into a scratch
/// table of the same database, dropped afterwards.</summary>
public static class ImportFloor
{
    private const int Batch = 100;

    public static async Task<(double ParseMs, double InsertMs)> MeasureAsync(BenchDatabase db, byte[] file)
    {
        Read(file);
        var start = Stopwatch.GetTimestamp();
        var rows = Read(file);
        var parse = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        await using var connection = db.Connection();
        await connection.OpenAsync();
        await ExecAsync(connection, "DROP TABLE IF EXISTS bench_import_floor");
        await ExecAsync(connection, "CREATE TABLE bench_import_floor (c0 varchar(200), c1 varchar(100), c2 varchar(200), c3 numeric(18,4), "
            + "c4 numeric(18,4), c5 varchar(100), c6 varchar(32), c7 varchar(1000))");
        start = Stopwatch.GetTimestamp();
        await using (var tx = await connection.BeginTransactionAsync())
        {
            foreach (var chunk in rows.Chunk(Batch))
            {
                await InsertAsync(connection, tx, chunk);
            }
            await tx.CommitAsync();
        }
        var insert = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        await ExecAsync(connection, "DROP TABLE bench_import_floor");
        return (parse, insert);
    }

    private static List<IDictionary<string, object?>> Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction tx, IDictionary<string, object?>[] rows)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        var columns = ImportFile.Columns;
        var values = new List<string>();
        for (var r = 0; r < rows.Length; r++)
        {
            var names = new List<string>();
            for (var c = 0; c < columns.Length; c++)
            {
                var p = insert.CreateParameter();
                p.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                var v = rows[r][columns[c]];
                p.Value = c is 3 or 4 ? Convert.ToDecimal(v, CultureInfo.InvariantCulture) : v?.ToString() ?? "";
                insert.Parameters.Add(p);
                names.Add(p.ParameterName);
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        insert.CommandText = "INSERT INTO bench_import_floor (c0, c1, c2, c3, c4, c5, c6, c7) VALUES " + string.Join(", ", values);
        await insert.ExecuteNonQueryAsync();
    }

    private static async Task ExecAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
