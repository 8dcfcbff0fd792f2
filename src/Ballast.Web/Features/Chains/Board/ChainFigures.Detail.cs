using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

public sealed partial class ChainFigures
{
    /// <summary>The chain's page for the year; null when there is no such chain. Projects, targets and problems
    /// are the reader's own scope, as everywhere; firms and figures are the city's.</summary>
    public async Task<ChainDetail?> DetailAsync(int id, int year)
    {
        var chain = await db.Chains.AsNoTracking().Where(c => c.Id == id).Select(c => new
        {
            c.Name, c.NameEn, Group = c.Group == null ? null : c.Group.Name, GroupEn = c.Group == null ? null : c.Group.NameEn, c.IsProgrammeChain,
        }).SingleOrDefaultAsync();
        if (chain is null)
        {
            return null;
        }
        var leaders = await db.ChainLeaders.Where(l => l.ChainId == id).OrderBy(l => l.Leader!.SortOrder)
            .Select(l => new { l.IsChief, l.Leader!.Name, l.Leader.Title }).ToListAsync();
        var units = await db.ChainUnits.Where(u => u.ChainId == id).OrderByDescending(u => u.IsLead).ThenBy(u => u.Unit!.SortOrder)
            .Select(u => new { u.UnitId, u.IsLead, u.Unit!.Name, u.Unit.NameEn }).ToListAsync();
        var years = new List<ChainYearFigure>();
        for (var y = year - 2; y <= year; y++)
        {
            years.Add((await YearFiguresAsync(y, id))[id]);
        }
        var yearVersion = await db.ChainYears.Where(y => y.ChainId == id && y.Year == year).Select(y => (int?)y.Version).SingleOrDefaultAsync();
        var targets = await db.AttractionTargets.AsNoTracking().Where(t => t.ChainId == id && t.Year == year).OrderBy(t => t.Name)
            .Select(t => new TargetRef(t.Id, t.Name, t.Year, t.Country, t.ChainNodeId, t.ProjectId)).ToListAsync();
        var (nodes, firmIds, masters) = await NodesAsync(id, year, targets);
        var fromTargets = targets.Where(t => t.ProjectId != null).Select(t => t.ProjectId!.Value).ToList();
        var keyIds = await keys.All(year).Where(k => k.Project!.ChainId == id).Select(k => k.ProjectId).ToListAsync();
        var projects = await db.Projects.AsNoTracking().Countable().Where(p => p.Stage != ProjectStage.Dropped
                && (p.ChainId == id || fromTargets.Contains(p.Id) || (p.InvestorEnterpriseId != null && firmIds.Contains(p.InvestorEnterpriseId.Value))))
            .OrderByDescending(p => p.TotalInvestment).Take(500)
            .Select(p => new { p.Id, p.Name, p.Stage, p.TotalInvestment, p.InvestorEnterpriseId, p.ChainId }).ToListAsync();
        var refs = projects.Select(p => new ProjectRef(p.Id, p.Name, p.Stage, p.TotalInvestment, keyIds.Contains(p.Id), p.InvestorEnterpriseId)).ToList();
        nodes = [.. nodes.Select(n => n with
        {
            Projects = [.. refs.Where(p => n.Firms.Any(f => f.Id == p.InvestorEnterpriseId) || n.Targets.Any(t => t.ProjectId == p.Id))],
        })];
        var month = await keys.LatestMonthAsync(year);
        var investment = month is { } m ? (await keys.ByAsync(Breakdown.Chain, year, m)).FirstOrDefault(g => g.Key == id) : null;
        var problems = await db.Problems.AsNoTracking().Where(p => p.State != ProblemState.Resolved && p.Project!.ChainId == id)
            .OrderBy(p => p.DueOn).Take(100).Select(p => new ProblemRef(p.Id, p.ProjectId, p.Project!.Name, p.Title, p.DueOn)).ToListAsync();
        var chainProjects = refs.Where(p => projects.Any(x => x.Id == p.Id && x.ChainId == id)).ToList();
        return new ChainDetail(id, Texts.Pick(chain.Name, chain.NameEn), chain.Group is null ? null : Texts.Pick(chain.Group, chain.GroupEn),
            chain.IsProgrammeChain, year, leaders.FirstOrDefault(l => l.IsChief)?.Name,
            [.. leaders.Where(l => !l.IsChief).Select(l => l.Name)], [.. units.Select(u => new Named(u.UnitId, Texts.Pick(u.Name, u.NameEn)))],
            units.FirstOrDefault(u => u.IsLead)?.UnitId, masters, years, yearVersion, nodes, chainProjects, investment, month, targets, problems,
            ChainAccess.CanEdit(db.Scope, units.Select(u => u.UnitId)));
    }

    private async Task<(List<NodeView> Nodes, List<int> FirmIds, List<Named> Masters)> NodesAsync(int id, int year, List<TargetRef> targets)
    {
        var figures = await NodeFiguresAsync(year, id);
        // Segments are stored by name: ordered here, up- to downstream.
        var list = (await db.ChainNodes.AsNoTracking().Where(n => n.ChainId == id).ToListAsync())
            .OrderBy(n => n.Segment).ThenBy(n => n.SortOrder).ThenBy(n => n.Id).ToList();
        using var cityWide = db.Scope.ReadingCityWide();
        var firms = await db.FirmNodes.Where(f => f.ChainNode!.ChainId == id).OrderBy(f => f.Enterprise!.Name)
            .Select(f => new { f.ChainNodeId, f.EnterpriseId, f.Enterprise!.Name }).ToListAsync();
        var masters = await db.ChainMasters.Where(m => m.ChainId == id).OrderBy(m => m.Enterprise!.Name)
            .Select(m => new Named(m.EnterpriseId, m.Enterprise!.Name)).ToListAsync();
        var nodes = list.Select(n => new NodeView(n.Id, n.ParentId, n.Segment, n.Name, n.NameEn, n.Status, figures[n.Id].Hint, n.SortOrder, n.Note,
            n.Version, [.. firms.Where(f => f.ChainNodeId == n.Id).Select(f => new Named(f.EnterpriseId, f.Name))], figures[n.Id].OutputWan,
            NodeInput.Targets(n.TargetFirms), [.. targets.Where(t => t.ChainNodeId == n.Id)], [])).ToList();
        return (nodes, [.. firms.Select(f => f.EnterpriseId).Distinct()], masters);
    }
}
