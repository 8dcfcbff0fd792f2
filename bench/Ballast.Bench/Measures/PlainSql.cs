using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Ballast.Bench.Databases;

namespace Ballast.Bench.Measures;

/// <summary>The floor for the dashboard, the plan and the bulletin: the one plain SQL statement that yields the
/// dashboard's district table (per district: the year's construction key projects, their annual plan, the
/// counted year-to-date through the month, how many reported that month), run by the bench on the same database.</summary>
public static class PlainSql
{
    public const string DistrictTable = """
        WITH kp AS (
            SELECT k."Id", k."OwnerUnitId", k."PlannedInvestment"
            FROM "KeyProjects" k JOIN "Projects" p ON p."Id" = k."ProjectId"
            WHERE k."Year" = @year AND k."Class" = 'Construction' AND p."MergedIntoId" IS NULL),
        plans AS (
            SELECT "OwnerUnitId" AS unit, COUNT(*) AS projects, SUM(COALESCE("PlannedInvestment", 0)) AS plan
            FROM kp GROUP BY "OwnerUnitId"),
        done AS (
            SELECT kp."OwnerUnitId" AS unit, SUM(r."Completed") AS ytd,
                COUNT(DISTINCT CASE WHEN per."Month" = @month THEN r."KeyProjectId" END) AS reported
            FROM "MonthlyReports" r
            JOIN kp ON kp."Id" = r."KeyProjectId"
            JOIN "ReportingPeriods" per ON per."Id" = r."PeriodId"
            WHERE per."Year" = @year AND per."Month" <= @month AND r."State" IN ('Submitted', 'Reviewed', 'Accepted')
            GROUP BY kp."OwnerUnitId")
        SELECT u."Name", plans.projects, plans.plan, done.ytd, done.reported
        FROM plans JOIN "Units" u ON u."Id" = plans.unit LEFT JOIN done ON done.unit = plans.unit
        ORDER BY u."Name"
        """;

    /// <summary>Median milliseconds of <paramref name="samples"/> runs (after one untimed run), each reading every row;
    /// and the rows it yields.</summary>
    public static async Task<(double Median, List<DistrictRow> Rows)> MeasureAsync(BenchDatabase db, int year, int month, int samples)
    {
        await using var connection = db.Connection();
        await connection.OpenAsync();
        var rows = await RunAsync(connection, year, month);
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await RunAsync(connection, year, month);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (Stats.Median(times), rows);
    }

    private static async Task<List<DistrictRow>> RunAsync(DbConnection connection, int year, int month)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = DistrictTable;
        Add(command, "@year", year);
        Add(command, "@month", month);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<DistrictRow>();
        while (await reader.ReadAsync())
        {
            decimal Number(int i) => reader.IsDBNull(i) ? 0m : Convert.ToDecimal(reader.GetValue(i), CultureInfo.InvariantCulture);
            rows.Add(new DistrictRow(reader.GetString(0), (int)Number(1), Number(2), Number(3), (int)Number(4)));
        }
        return rows;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
