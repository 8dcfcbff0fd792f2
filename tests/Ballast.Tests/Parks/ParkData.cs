using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Parks;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Parks;

/// <summary>Parks, projects and published per-mu runs written straight to the test database (the parks' own pages and
/// the per-mu runs are built elsewhere; these tests need only their rows).</summary>
internal static class ParkData
{
    public static Task<Park> ParkAsync(BallastFactory f, string unitCode, int? chainId = null) => f.WithDbAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        if (await db.Parks.SingleOrDefaultAsync(p => p.UnitId == unit.Id) is { } existing)
        {
            return existing;
        }
        var park = new Park { UnitId = unit.Id, DistrictUnitId = unit.ParentId!.Value, OwnerUnitId = unit.Id, ChainId = chainId };
        db.Parks.Add(park);
        await db.SaveChangesAsync();
        return park;
    });

    public static Task<int> ProjectAsync(BallastFactory f, string name, int ownerUnitId, decimal investment, decimal? landMu, int? parkUnitId = null,
        bool standard = false, params (ProjectStage Stage, DateOnly On)[] moves) => f.WithDbAsync(async db =>
    {
        var p = Projects.SpineData.NewProject(db, name, ownerUnitId, investment, moves);
        p.LandAreaMu = landMu;
        p.ParkUnitId = parkUnitId;
        p.IsStandardLand = standard;
        db.Projects.Add(p);
        await db.SaveChangesAsync();
        return p.Id;
    });

    /// <summary>A published run of a district for a year giving each firm its grade.</summary>
    public static Task PublishedRunAsync(BallastFactory f, int districtUnitId, int year, int number, RunState state, params (int Firm, PerMuGrade Grade)[] grades) =>
        f.WithDbAsync(async db =>
        {
            var scheme = await db.PerMuSchemes.FirstOrDefaultAsync(s => s.Year == year && s.Name == "测试方案");
            if (scheme is null)
            {
                scheme = new PerMuScheme { Year = year, Name = "测试方案", OwnerUnitId = districtUnitId };
                db.PerMuSchemes.Add(scheme);
                await db.SaveChangesAsync();
            }
            var run = new PerMuRun
            {
                SchemeId = scheme.Id, Year = year, PopulationUnitId = districtUnitId, Number = number, State = state, RunBy = "test", OwnerUnitId = districtUnitId,
            };
            db.PerMuRuns.Add(run);
            await db.SaveChangesAsync();
            foreach (var (firm, grade) in grades)
            {
                db.PerMuResults.Add(new PerMuResult { RunId = run.Id, EnterpriseId = firm, Grade = grade, Explanation = "[]" });
            }
            await db.SaveChangesAsync();
        });
}
