using Ballast.Web.Features.Parks;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's land (marked 演示 through their projects): a dozen producing or started projects made standard land
/// with commitments (every fourth promised beyond what it reached, so breached), the 2023 thresholds of every park that
/// exists (Qingdao's: investment ≥ 280 万元/亩, tax ≥ 20 万元/亩), a few admission evaluations and watch-list entries
/// for the breaches. Everything through the pages' own save paths; deterministic.</summary>
public static class DemoLand
{
    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.LandCommitments.AnyAsync())
        {
            return;
        }
        var thresholds = sp.GetRequiredService<ThresholdSave>();
        foreach (var park in await db.Parks.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
        {
            await thresholds.SaveAsync(new ThresholdInput
            {
                ParkId = park.Id, Year = 2023, MinInvestmentPerMu = 280, MinTaxPerMu = 20, ConditionalShortfall = 0.1m, RequireChainFit = park.ChainId is not null,
                Basis = "青岛市专业园区入园标准（投资强度≥280万元/亩，亩均税收≥20万元/亩）",
            }, ParkEditor.System);
        }
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.IsDemo && p.LandAreaMu > 0 && p.StartedOn != null && p.TotalInvestment > 0 && p.MergedIntoId == null)
            .OrderBy(p => p.Id).Take(12).ToListAsync();
        var save = sp.GetRequiredService<ProjectSave>();
        var commitments = sp.GetRequiredService<CommitmentSave>();
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            var input = ProjectInput.From(p);
            input.IsStandardLand = true;
            input.ParcelCode = $"370200{i + 1:000}001GB{p.Id % 100_000:00000}";
            input.LandRightOn = p.SignedOn ?? p.StartedOn;
            await save.UpdateAsync(p.Id, input);
            var intensity = Math.Round(p.TotalInvestment / p.LandAreaMu!.Value, 0);
            var breached = i % 4 == 3;
            await commitments.SaveAsync(p.Id, new CommitmentInput
            {
                AgreementNo = $"青标地〔2023〕{i + 1:00}号", SignedOn = p.SignedOn, EnterpriseId = p.InvestorEnterpriseId,
                InvestmentPerMu = breached ? intensity * 1.3m : Math.Max(1, intensity * 0.8m), TaxPerMu = breached ? 60 : 5,
                StartBy = p.StartedOn!.Value.AddDays(breached ? -45 : 30), ProductionBy = p.OperatingOn?.AddDays(60),
            });
        }
        var admissions = sp.GetRequiredService<AdmissionSave>();
        foreach (var park in await db.Parks.AsNoTracking().OrderBy(p => p.Id).Take(3).ToListAsync())
        {
            var applicant = await db.Projects.AsNoTracking().Where(p => p.ParkUnitId == park.UnitId && p.LandAreaMu > 0 && p.TotalInvestment > 0)
                .OrderBy(p => p.Id).FirstOrDefaultAsync();
            if (applicant is not null)
            {
                await admissions.EvaluateAsync(new EvaluationInput { ProjectId = applicant.Id, ParkId = park.Id, Year = 2023, ExpectedTax = 22 * applicant.LandAreaMu });
            }
        }
        var watch = sp.GetRequiredService<WatchSave>();
        foreach (var c in (await WatchCandidates.FindAsync(db)).Take(4))
        {
            await watch.CreateAsync(new WatchInput
            {
                EnterpriseId = c.EnterpriseId, Reason = c.Reason, Year = c.Year, State = WatchState.Rectifying, DecidedOn = new DateOnly(2023, 12, 20),
                Measures = WatchMeasures.PowerPrice | WatchMeasures.WaterPrice, Note = "约谈企业，限期一年整改",
            });
        }
    }
}
