using Ballast.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Import;

/// <summary>Many plain projects written in one statement, on either engine: the database a large
/// export or import meets, without paying for thousands of saves to build it. Named prefix + 1..count,
/// the total investment (万元) rising with the number.</summary>
internal static class BulkProjects
{
    public static Task InsertAsync(BallastFactory factory, string prefix, int unitId, int count) => factory.WithDbAsync(db =>
        BallastFactory.IsPostgres
            ? db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Projects" ("Name", "OwnerUnitId", "IsFortune500", "IsCentralSoe", "IsListed", "IsForeignInvested", "TotalInvestment",
                    "Stage", "Origin", "IsDemo", "CreatedOn", "CreatedAt", "UpdatedAt", "Version")
                SELECT {prefix} || i, {unitId}, false, false, false, false, 1000 + i, 'Signed', 'OwnPromotion', false,
                    DATE '2023-01-01', TIMESTAMPTZ '2023-01-01 00:00:00+00', TIMESTAMPTZ '2023-01-01 00:00:00+00', 0
                FROM generate_series(1, {count}) AS i
                """)
            : db.Database.ExecuteSqlAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})
                INSERT INTO "Projects" ("Name", "OwnerUnitId", "IsFortune500", "IsCentralSoe", "IsListed", "IsForeignInvested", "TotalInvestment",
                    "Stage", "Origin", "IsDemo", "CreatedOn", "CreatedAt", "UpdatedAt", "Version")
                SELECT {prefix} || i, {unitId}, 0, 0, 0, 0, CAST(1000 + i AS TEXT), 'Signed', 'OwnPromotion', 0,
                    '2023-01-01', '2023-01-01 00:00:00+00:00', '2023-01-01 00:00:00+00:00', 0
                FROM n
                """));

    /// <summary>Puts every project named prefix… on the year's key-project list (construction class, plan 1,000 万元).</summary>
    public static Task ListAsync(BallastFactory factory, string prefix, int year) => factory.WithDbAsync(db =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "KeyProjects" ("ProjectId", "Year", "Class", "PlannedInvestment", "OwnerUnitId")
            SELECT "Id", {year}, 'Construction', 1000, "OwnerUnitId" FROM "Projects" WHERE "Name" LIKE {prefix + "%"}
            """));
}
