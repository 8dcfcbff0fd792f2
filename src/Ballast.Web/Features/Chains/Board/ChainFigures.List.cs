using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

public sealed partial class ChainFigures
{
    /// <summary>Every chain with its figures for the year: the reader's own chains (chief, vice chief or task
    /// force) first, then the programme's chains by group, then the future industries.</summary>
    public async Task<List<ChainRow>> ListAsync(int year)
    {
        var chains = await db.Chains.AsNoTracking().Select(c => new
        {
            c.Id, c.Name, c.NameEn, Group = c.Group == null ? null : c.Group.Name, GroupEn = c.Group == null ? null : c.Group.NameEn,
            GroupOrder = c.Group == null ? 99 : c.Group.SortOrder, c.IsProgrammeChain, c.SortOrder,
        }).ToListAsync();
        var chiefs = await db.ChainLeaders.Where(l => l.IsChief).Select(l => new { l.ChainId, l.Leader!.Name }).ToListAsync();
        var leads = await db.ChainUnits.Where(u => u.IsLead).Select(u => new { u.ChainId, u.Unit!.Name, u.Unit.NameEn }).ToListAsync();
        var mine = await MineAsync();
        var figures = await YearFiguresAsync(year);
        var nodes = await db.ChainNodes.AsNoTracking().Select(n => new { n.Id, n.ChainId, n.Status }).ToListAsync();
        var nodeFigures = await NodeFiguresAsync(year);
        var gaps = nodes.Where(n => (n.Status ?? nodeFigures[n.Id].Hint) != NodeStatus.Strong).GroupBy(n => n.ChainId).ToDictionary(g => g.Key, g => g.Count());
        var nodeCounts = nodes.GroupBy(n => n.ChainId).ToDictionary(g => g.Key, g => g.Count());
        var stages = await db.Projects.Countable().Where(p => p.ChainId != null)
            .GroupBy(p => new { p.ChainId, p.Stage }).Select(g => new { g.Key.ChainId, g.Key.Stage, Count = g.Count() }).ToListAsync();
        var key = await keys.All(year).Where(k => k.Project!.ChainId != null).GroupBy(k => k.Project!.ChainId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!.Value, g => g.Count);
        int Stage(int chain, params ProjectStage[] s) => stages.Where(x => x.ChainId == chain && s.Contains(x.Stage)).Sum(x => x.Count);

        return [.. chains.Select(c => new ChainRow(c.Id, Texts.Pick(c.Name, c.NameEn), c.Group is null ? null : Texts.Pick(c.Group, c.GroupEn),
                c.GroupOrder, c.IsProgrammeChain, c.SortOrder,
                chiefs.FirstOrDefault(x => x.ChainId == c.Id)?.Name,
                leads.FirstOrDefault(x => x.ChainId == c.Id) is { } l ? Texts.Pick(l.Name, l.NameEn) : null,
                figures[c.Id], Stage(c.Id, ProjectStage.Signed, ProjectStage.Registered), Stage(c.Id, ProjectStage.Started),
                key.GetValueOrDefault(c.Id), nodeCounts.GetValueOrDefault(c.Id), gaps.GetValueOrDefault(c.Id), mine.Contains(c.Id)))
            .OrderBy(r => r.Mine ? 0 : 1).ThenBy(r => r.IsProgramme ? 0 : 1).ThenBy(r => r.GroupOrder).ThenBy(r => r.SortOrder)];
    }

    /// <summary>The chains the signed-in user leads (chief or vice chief, by their leader record) or works on
    /// (a task force unit of theirs).</summary>
    public async Task<HashSet<int>> MineAsync()
    {
        if (db.Scope.UserId is not { } uid)
        {
            return [];
        }
        var units = db.Scope.UnitIds.ToList();
        var led = await db.ChainLeaders.Where(l => l.Leader!.UserId == uid).Select(l => l.ChainId).ToListAsync();
        var worked = await db.ChainUnits.Where(u => units.Contains(u.UnitId)).Select(u => u.ChainId).ToListAsync();
        return [.. led, .. worked];
    }
}
