using System.Data.Common;
using System.Diagnostics;

namespace Ballast.Bench.Measures;

/// <summary>The floor for the policy search: one plain SQL statement that finds the first page (50) of policies
/// whose title, 文号, summary or full text hold every term — a LIKE scan on SQLite, ILIKE (served by the pg_trgm
/// indexes) on PostgreSQL — and reads every row. Ballast's search must come close to it, or beat it where its
/// FTS5 index answers.</summary>
public static class SearchFloor
{
    public static async Task<(double Median, int Hits)> MeasureAsync(Databases.BenchDatabase db, IReadOnlyList<string> terms, int samples)
    {
        await using var connection = db.Connection();
        await connection.OpenAsync();
        var hits = await RunAsync(connection, db.Engine, terms);
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await RunAsync(connection, db.Engine, terms);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (Stats.Median(times), hits);
    }

    private static async Task<int> RunAsync(DbConnection connection, string engine, IReadOnlyList<string> terms)
    {
        await using var command = connection.CreateCommand();
        var like = engine == "postgres" ? "ILIKE" : "LIKE";
        var where = terms.Select((_, i) => $"""
            ("Title" {like} @t{i} ESCAPE '\' OR "DocumentNumber" {like} @t{i} ESCAPE '\'
             OR "Summary" {like} @t{i} ESCAPE '\' OR "FullText" {like} @t{i} ESCAPE '\')
            """);
        command.CommandText = $"""
            SELECT "Id", "Title", "DocumentNumber", "Summary" FROM "Policies" WHERE {string.Join(" AND ", where)}
            ORDER BY "EffectiveOn" DESC, "Id" DESC LIMIT 50
            """;
        for (var i = 0; i < terms.Count; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@t{i}";
            p.Value = "%" + terms[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            command.Parameters.Add(p);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }
        return rows;
    }
}
