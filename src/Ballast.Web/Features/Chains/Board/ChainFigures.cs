using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

/// <summary>Chain figures from records, aggregated in the database. Firms and their figures are read city-wide:
/// a chain is the programme's, and whoever reads the programme reads every chain. A firm belongs to a chain by its
/// own chain or by a node of the chain's map, and counts once however many nodes it is on.</summary>
public sealed partial class ChainFigures(AppDbContext db, KeyProjectFigures keys)
{
    /// <summary>Per chain, what member firms reported for the year and, over the firms reporting both years, the two sums.</summary>
    public async Task<Dictionary<int, FirmSums>> FirmSumsAsync(int year, int? chainId = null)
    {
        using var cityWide = db.Scope.ReadingCityWide();
        var members = db.Enterprises.Where(e => e.ChainId != null).Select(e => new { ChainId = e.ChainId!.Value, EnterpriseId = e.Id })
            .Union(db.FirmNodes.Select(f => new { f.ChainNode!.ChainId, f.EnterpriseId }))
            .Where(m => chainId == null || m.ChainId == chainId);
        var outputs = from m in members
                      join y in db.EnterpriseYears on m.EnterpriseId equals y.EnterpriseId
                      where (y.Year == year || y.Year == year - 1) && y.Output != null
                      select new { m.ChainId, m.EnterpriseId, y.Year, Output = y.Output!.Value };
        var sums = await outputs.Where(o => o.Year == year).GroupBy(o => o.ChainId)
            .Select(g => new { g.Key, Sum = g.Sum(o => o.Output), Firms = g.Count() }).ToListAsync();
        var both = await (from c in outputs.Where(o => o.Year == year)
                          join p in outputs.Where(o => o.Year == year - 1) on new { c.ChainId, c.EnterpriseId } equals new { p.ChainId, p.EnterpriseId }
                          group new { Now = c.Output, Before = p.Output } by c.ChainId into g
                          select new { g.Key, Now = g.Sum(x => x.Now), Before = g.Sum(x => x.Before), Firms = g.Count() }).ToListAsync();
        var bothBy = both.ToDictionary(b => b.Key);
        return sums.ToDictionary(s => s.Key, s => bothBy.TryGetValue(s.Key, out var b)
            ? new FirmSums(s.Sum, s.Firms, b.Now, b.Before, b.Firms)
            : new FirmSums(s.Sum, s.Firms, 0m, 0m, 0));
    }

    /// <summary>How many member firms each chain has.</summary>
    public async Task<Dictionary<int, int>> FirmCountsAsync(int? chainId = null)
    {
        using var cityWide = db.Scope.ReadingCityWide();
        return await db.Enterprises.Where(e => e.ChainId != null).Select(e => new { ChainId = e.ChainId!.Value, EnterpriseId = e.Id })
            .Union(db.FirmNodes.Select(f => new { f.ChainNode!.ChainId, f.EnterpriseId }))
            .Where(m => chainId == null || m.ChainId == chainId)
            .GroupBy(m => m.ChainId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
    }

    /// <summary>The chains' years: output, growth and status, for the year asked.</summary>
    public async Task<Dictionary<int, ChainYearFigure>> YearFiguresAsync(int year, int? chainId = null)
    {
        var now = await FirmSumsAsync(year, chainId);
        var before = await FirmSumsAsync(year - 1, chainId);
        var rows = await db.ChainYears.AsNoTracking().Where(y => (y.Year == year || y.Year == year - 1) && (chainId == null || y.ChainId == chainId))
            .ToListAsync();
        var firms = await FirmCountsAsync(chainId);
        var thresholds = await keys.ThresholdsAsync(year);
        var chains = await db.Chains.Where(c => chainId == null || c.Id == chainId).Select(c => c.Id).ToListAsync();
        return chains.ToDictionary(c => c, c =>
        {
            var target = rows.SingleOrDefault(r => r.ChainId == c && r.Year == year);
            var last = rows.SingleOrDefault(r => r.ChainId == c && r.Year == year - 1);
            var sums = now.GetValueOrDefault(c, FirmSums.None);
            var output = ChainFigureRule.Output(year, sums, target?.EnteredOutput, target?.EnteredSource);
            var previous = ChainFigureRule.Output(year - 1, before.GetValueOrDefault(c, FirmSums.None), last?.EnteredOutput, last?.EnteredSource);
            var goal = ChainFigureRule.TargetOutput(previous, target?.TargetOutput, target?.TargetGrowth);
            return new ChainYearFigure(year, output, ChainFigureRule.Growth(output, previous, sums), goal, target?.TargetGrowth,
                target?.TargetFirms, ChainFigureRule.Judge(output, goal, thresholds), firms.GetValueOrDefault(c));
        });
    }

    /// <summary>Each node's firms and their output for the year.</summary>
    public async Task<Dictionary<int, NodeFigure>> NodeFiguresAsync(int year, int? chainId = null)
    {
        using var cityWide = db.Scope.ReadingCityWide();
        var onNodes = db.FirmNodes.Where(f => chainId == null || f.ChainNode!.ChainId == chainId);
        var counts = await onNodes.GroupBy(f => f.ChainNodeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var outputs = await (from f in onNodes
                             join y in db.EnterpriseYears on f.EnterpriseId equals y.EnterpriseId
                             where y.Year == year && y.Output != null
                             group y.Output!.Value by f.ChainNodeId into g
                             select new { g.Key, Sum = g.Sum() }).ToDictionaryAsync(g => g.Key, g => g.Sum);
        var nodes = await db.ChainNodes.Where(n => chainId == null || n.ChainId == chainId).Select(n => n.Id).ToListAsync();
        return nodes.ToDictionary(n => n, n => new NodeFigure(n, counts.GetValueOrDefault(n), outputs.TryGetValue(n, out var o) ? o : null));
    }
}
