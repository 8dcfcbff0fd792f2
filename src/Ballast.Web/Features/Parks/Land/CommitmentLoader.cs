using Ballast.Web.Common;
using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Gathers what commitments are measured against, for a page of them at once: the projects, the firms'
/// land and yearly figures, and the cumulative monthly dispatch (the figure reported, not the plan).</summary>
public static class CommitmentLoader
{
    public sealed record Judged(LandCommitment Commitment, Project Project, int? FirmId, List<CommitmentCheck> Checks, CheckState State);

    public static async Task<List<Judged>> JudgeAsync(AppDbContext db, IQueryable<LandCommitment> commitments)
    {
        var list = await commitments.AsNoTracking().Include(c => c.Project).ToListAsync();
        var projectIds = list.Select(c => c.ProjectId).ToList();
        var firmIds = list.Select(c => c.EnterpriseId ?? c.Project!.InvestorEnterpriseId).OfType<int>().Distinct().ToList();
        var dispatched = await db.MonthlyReports.AsNoTracking()
            .Where(r => projectIds.Contains(r.KeyProject!.ProjectId) && MonthlyReport.Counted.Contains(r.State))
            .GroupBy(r => r.KeyProject!.ProjectId)
            .Select(g => new { ProjectId = g.Key, Sum = g.Sum(r => r.Completed) })
            .ToDictionaryAsync(x => x.ProjectId, x => x.Sum);
        var firmLand = await db.Enterprises.AsNoTracking().Where(e => firmIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.LandAreaMu);
        var years = (await db.EnterpriseYears.AsNoTracking().Where(y => firmIds.Contains(y.EnterpriseId))
                .Select(y => new { y.EnterpriseId, Figures = new FirmYearFigures(y.Year, y.Output, y.TaxPaid, y.LandMu) }).ToListAsync())
            .ToLookup(x => x.EnterpriseId, x => x.Figures);
        var today = CityTime.DateOf(db.Time.GetUtcNow());
        return [.. list.Select(c =>
        {
            var p = c.Project!;
            var firm = c.EnterpriseId ?? p.InvestorEnterpriseId;
            var fromDispatch = dispatched.TryGetValue(p.Id, out var sum);
            var facts = new CommitmentFacts(p.LandAreaMu, fromDispatch ? sum : p.TotalInvestment > 0 ? p.TotalInvestment : null, fromDispatch, p.StartedOn, p.OperatingOn,
                firm is { } f ? firmLand.GetValueOrDefault(f) : null, firm is { } g ? [.. years[g]] : [], today);
            var checks = CommitmentRules.Assess(c, facts);
            return new Judged(c, p, firm, checks, CommitmentRules.Overall(checks));
        })];
    }
}
