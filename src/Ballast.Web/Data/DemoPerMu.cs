using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's per-mu evaluation (演示): emissions for the manufacturers of the district with the most of
/// them (a few years left unreported, so results name the missing figure), then the Shandong example run for
/// 2022 and 2023, reviewed and published by different people. Two investors of demo projects report poor
/// figures in both years, so the thread from a firm graded D twice to its project exists. Deterministic.</summary>
public static class DemoPerMu
{
    private const int Investors = 2;

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.PerMuRuns.IgnoreQueryFilters().AnyAsync() || !await db.Enterprises.AnyAsync(e => e.IsDemo))
        {
            return;
        }
        var rng = new Random(2_019_235);
        var manufacturing = DivisionSet.Parse("13-43");
        var makers = (await db.Enterprises.AsNoTracking().Where(e => e.IsDemo).Select(e => new { e.Id, e.OwnerUnitId, e.IndustryDivisionCode }).ToListAsync())
            .Where(e => manufacturing.Contains(e.IndustryDivisionCode)).ToList();
        var district = makers.GroupBy(m => m.OwnerUnitId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var ids = makers.Where(m => m.OwnerUnitId == district).Select(m => m.Id).ToHashSet();
        var years = await db.EnterpriseYears.AsNoTracking().Where(y => ids.Contains(y.EnterpriseId)).OrderBy(y => y.Id).ToListAsync();
        var save = sp.GetRequiredService<EnterpriseYearSave>();
        foreach (var y in years.Where(y => y.EmissionsT is null && y.Revenue is not null))
        {
            var input = EnterpriseYearInput.From(y);
            // One year in twelve stays unreported: its firm is listed with the missing figure named.
            input.EmissionsT = rng.Next(12) == 0 ? null : Math.Round(y.Revenue!.Value * (decimal)(0.0008 + (rng.NextDouble() * 0.008)), 2);
            await save.SaveAsync(y.EnterpriseId, input);
        }
        var investors = await db.Projects.AsNoTracking().Where(p => p.IsDemo && p.InvestorEnterpriseId != null && ids.Contains(p.InvestorEnterpriseId.Value))
            .OrderBy(p => p.Id).Select(p => p.InvestorEnterpriseId!.Value).Distinct().Take(Investors).ToListAsync();
        foreach (var id in investors)
        {
            foreach (var year in new[] { 2022, 2023 })
            {
                // Large land, little tax, heavy energy use: at the bottom of the district both years.
                await save.SaveAsync(id, new EnterpriseYearInput
                {
                    Year = year, Revenue = 2_600, Output = 2_500, ValueAdded = 260, TaxPaid = 8, RdSpending = 2, Employees = 180, TotalAssets = 5_200,
                    EnergyTce = 4_800, LandMu = 160, EmissionsT = 90, Source = "统计局年报（演示）",
                    Version = await db.EnterpriseYears.AsNoTracking().Where(x => x.EnterpriseId == id && x.Year == year).Select(x => x.Version).FirstOrDefaultAsync(),
                });
            }
        }
        db.ChangeTracker.Clear();
        foreach (var year in new[] { 2022, 2023 })
        {
            await PublishAsync(sp, district, year);
        }
    }

    private static async Task PublishAsync(IServiceProvider sp, int district, int year)
    {
        int runId;
        using (var scope = sp.CreateScope())
        {
            var db = As(scope.ServiceProvider, "office");
            var scheme = await db.PerMuSchemes.Where(s => s.IsExample && s.Year == year && s.Scoring == ScoringMethod.MinMax).Select(s => s.Id).FirstAsync();
            var run = await scope.ServiceProvider.GetRequiredService<PerMuRunner>().RunAsync(new RunInput
            {
                SchemeId = scheme, Year = year, PopulationKind = PopulationKind.District, PopulationUnitId = district, Note = "（演示）",
            });
            runId = run.Record!.Id;
        }
        foreach (var (user, publish) in new[] { ("industry", false), ("office", true) })
        {
            using var scope = sp.CreateScope();
            var db = As(scope.ServiceProvider, user);
            var steps = scope.ServiceProvider.GetRequiredService<PerMuLifecycle>();
            var version = await db.PerMuRuns.Where(r => r.Id == runId).Select(r => r.Version).SingleAsync();
            _ = publish ? await steps.PublishAsync(runId, new RunStep(version)) : await steps.ReviewAsync(runId, new RunStep(version));
        }
    }

    /// <summary>The scope acts as the named demo user, so the run's steps carry real people's names.</summary>
    private static AppDbContext As(IServiceProvider sp, string userName)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var user = db.Users.AsNoTracking().Single(u => u.UserName == userName);
        sp.GetRequiredService<UserScope>().SetUser(user.Id, userName, readsAll: true, writesAll: true, unitIds: [user.UnitId]);
        return db;
    }
}
