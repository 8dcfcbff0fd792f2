using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The projects campaigns are credited with and their figures. Campaigns are read in the user's scope; their
/// leads' projects are read whole (a campaign's results are its own, whoever owns the project), released only as figures
/// and the rows behind them: a project outside the user's scope shows its owning unit in place of its name and investor.
/// A merged duplicate stands for its survivor, and the survivor is credited once.</summary>
public sealed class CampaignResults(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<List<CreditedProject>> CreditedAsync(IReadOnlyCollection<int> campaignIds)
    {
        if (campaignIds.Count == 0)
        {
            return [];
        }
        var ids = campaignIds.ToList();
        var projects = db.Projects.IgnoreQueryFilters();
        var own = await db.CampaignLeads.Where(l => ids.Contains(l.CampaignId))
            .Join(projects, l => l.ProjectId, p => p.Id, (l, p) => new { l, p.MergedIntoId })
            .Select(x => new LeadLink(x.l.Id, x.l.CampaignId, x.l.ProjectId, x.MergedIntoId ?? x.l.ProjectId, x.l.GatheredOn)).ToListAsync();
        var effective = own.Select(l => l.EffectiveProjectId).Distinct().ToList();
        // Leads of other campaigns that stand for the same projects compete for the one credit.
        var rivals = await db.CampaignLeads.Where(l => !ids.Contains(l.CampaignId))
            .Join(projects, l => l.ProjectId, p => p.Id, (l, p) => new { l, p.MergedIntoId })
            .Where(x => effective.Contains(x.MergedIntoId ?? x.l.ProjectId))
            .Select(x => new LeadLink(x.l.Id, x.l.CampaignId, x.l.ProjectId, x.MergedIntoId ?? x.l.ProjectId, x.l.GatheredOn)).ToListAsync();
        var winners = CreditRule.Winners(own.Concat(rivals)).Values.Where(w => ids.Contains(w.CampaignId)).ToDictionary(w => w.EffectiveProjectId);
        var credited = winners.Keys.ToList();
        var facts = await projects.Where(p => credited.Contains(p.Id)).Select(p => new
        {
            p.Id, p.Name, p.InvestorName, p.InvestorCountry, p.Stage, p.SignedOn, p.StartedOn, IsExpansion = p.ExpansionOfId != null,
            p.TotalInvestment, p.ChainId, Chain = p.Chain!.Name, ChainEn = p.Chain.NameEn, p.OwnerUnitId,
            Unit = db.Units.Where(u => u.Id == p.OwnerUnitId).Select(u => new { u.Name, u.NameEn }).FirstOrDefault(),
        }).ToListAsync();
        return [.. facts.Select(f =>
        {
            var w = winners[f.Id];
            var hidden = !scope.CanRead(f.OwnerUnitId);
            var name = hidden ? t["{0}的项目", Texts.Pick(f.Unit?.Name ?? "", f.Unit?.NameEn)].Value : f.Name;
            return new CreditedProject(w.CampaignId, w.LeadId, f.Id, name, hidden ? null : f.InvestorName, f.InvestorCountry, f.Stage, w.GatheredOn,
                f.SignedOn, f.StartedOn, f.IsExpansion, f.TotalInvestment, f.ChainId, f.Chain, f.ChainEn,
                w.ProjectId == f.Id ? null : w.ProjectId, hidden);
        }).OrderBy(c => c.GatheredOn).ThenBy(c => c.LeadId)];
    }

    /// <summary>This year's completed investment of the credited projects that are key construction projects.</summary>
    public async Task<Dictionary<int, KeyCompletion>> KeyAsync(IEnumerable<int> projectIds, int year)
    {
        var ids = projectIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var rows = await db.KeyProjects.IgnoreQueryFilters()
            .Where(k => k.Year == year && k.Class == KeyProjectClass.Construction && ids.Contains(k.ProjectId))
            .Select(k => new
            {
                k.ProjectId,
                Reported = k.Reports.Any(r => r.Period!.Year == year && MonthlyReport.Counted.Contains(r.State)),
                Completed = k.Reports.Where(r => r.Period!.Year == year && MonthlyReport.Counted.Contains(r.State)).Sum(r => (decimal?)r.Completed) ?? 0m,
            }).ToListAsync();
        return rows.GroupBy(r => r.ProjectId)
            .ToDictionary(g => g.Key, g => new KeyCompletion(g.Key, g.Any(r => r.Reported), g.Sum(r => r.Completed)));
    }
}
