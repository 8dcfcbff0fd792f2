using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Bench.Micro;

/// <summary>A province-sized portfolio written straight into SQLite (no audit trail: this is load,
/// not use): key projects spread over the districts, ten months of reports each.</summary>
public static class ProvinceData
{
    public static async Task<string> CreateAsync(int keyProjects, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"province-{keyProjects}.db");
        if (File.Exists(path))
        {
            return path;
        }
        var connection = $"Data Source={path}";
        await using (var db = Open(connection))
        {
            await DatabaseSetup.MigrateAsync(db);
            await ReferenceSeeder.SeedAsync(db);
        }
        await using var conn = new SqliteConnection(connection);
        await conn.OpenAsync();
        var units = new List<long>();
        await using (var q = conn.CreateCommand())
        {
            q.CommandText = "SELECT Id FROM Units WHERE Kind = 'District'";
            await using var r = await q.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                units.Add(r.GetInt64(0));
            }
        }
        var rng = new Random(7);
        await using var tx = conn.BeginTransaction();
        for (var month = 2; month <= 11; month++)
        {
            Exec(conn, tx, "INSERT INTO ReportingPeriods (Year, Month, DueOn, State, OpenedAt) VALUES (2023, $m, '2023-12-10', 'Closed', '2023-01-01 00:00:00+00:00')", ("$m", month));
        }
        for (var i = 1; i <= keyProjects; i++)
        {
            var unit = units[rng.Next(units.Count)];
            var chain = 1 + rng.Next(24);
            var total = 10_000 + rng.Next(900_000);
            var plan = total / 5;
            Exec(conn, tx, """
                INSERT INTO Projects (Id, Name, OwnerUnitId, TotalInvestment, Stage, ChainId, IsFortune500, IsCentralSoe, IsListed, IsForeignInvested,
                    Origin, IsDemo, CreatedOn, CreatedAt, UpdatedAt, Version, SignedOn, StartedOn)
                VALUES ($id, $name, $unit, $total, 'Started', $chain, 0, 0, 0, 0, 'OwnPromotion', 1, '2022-01-01', '2022-01-01 00:00:00+00:00', '2022-01-01 00:00:00+00:00', 0, '2022-03-01', '2022-06-01')
                """, ("$id", i), ("$name", $"bench project {i}"), ("$unit", unit), ("$total", total.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("$chain", chain));
            Exec(conn, tx, "INSERT INTO KeyProjects (Id, ProjectId, Year, Class, PlannedInvestment, OwnerUnitId) VALUES ($id, $id, 2023, 'Construction', $plan, $unit)",
                ("$id", i), ("$plan", plan.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("$unit", unit));
            for (var month = 2; month <= 11; month++)
            {
                Exec(conn, tx, "INSERT INTO MonthlyReports (KeyProjectId, PeriodId, OwnerUnitId, Completed, StartedThisMonth, CompletedThisMonth, State, SubmittedLate, Version) VALUES ($k, $p, $unit, $c, 0, 0, 'Accepted', 0, 0)",
                    ("$k", i), ("$p", month - 1), ("$unit", unit), ("$c", (plan / 12 * (0.6 + rng.NextDouble() * 0.6)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        await tx.CommitAsync();
        return path;
    }

    public static SqliteAppDbContext Open(string connection) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options, new UserScope(), TimeProvider.System);

    private static void Exec(SqliteConnection conn, SqliteTransaction tx, string sql, params (string Name, object Value)[] args)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.AddWithValue(name, value);
        }
        cmd.ExecuteNonQuery();
    }
}
