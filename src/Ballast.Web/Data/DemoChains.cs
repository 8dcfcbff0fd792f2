using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Chains;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo chains (演示): chiefs and vice chiefs from the demo city leaders, task forces with their lead
/// departments, 2023 targets with some 2022 figures entered, and maps for four chains. Firms go on nodes only when
/// demo firms of the chain exist. Everything goes through <see cref="ChainSave"/>; deterministic; run once.</summary>
public static class DemoChains
{
    private static readonly Dictionary<string, string[]> Forces = new()
    {
        ["新型显示"] = ["dept-miit", "dept-commerce", "dept-science", "370211", "park-03"],
        ["集成电路"] = ["dept-miit", "dept-commerce", "dept-science", "370211", "park-02"],
        ["虚拟现实"] = ["dept-miit", "dept-commerce", "370212", "park-01"],
        ["新能源汽车"] = ["dept-miit", "dept-commerce", "370215", "370281"],
        ["人工智能"] = ["dept-science", "dept-miit", "370212"],
        ["软件和信息服务"] = ["dept-miit", "dept-science", "370212"],
        ["生物医药及医疗器械"] = ["dept-science", "dept-miit", "370213"],
        ["未来网络"] = ["dept-science", "dept-miit"],
        ["量子信息"] = ["dept-science", "dept-miit"],
    };

    public static async Task SeedAsync(AppDbContext db)
    {
        if (await db.ChainNodes.AnyAsync() || await db.ChainLeaders.AnyAsync())
        {
            return;
        }
        var t = new Texts();
        var rng = new Random(2023);
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        var leaders = await db.Leaders.OrderBy(l => l.SortOrder).Select(l => l.Id).ToListAsync();
        var chains = await db.Chains.AsNoTracking().Where(c => !c.IsPlaceholder).OrderBy(c => c.SortOrder).ToListAsync();
        for (var i = 0; i < chains.Count && leaders.Count > 1; i++)
        {
            var c = chains[i];
            var force = Forces.GetValueOrDefault(c.Name, ["dept-miit", "dept-commerce"]).Where(units.ContainsKey).Select(u => units[u]).ToList();
            var masters = await MastersAsync(db, c.Id);
            await Check(ChainSave.SaveTeamAsync(db, t, c.Id, new TeamInput
            {
                ChiefLeaderId = leaders[i % leaders.Count], ViceLeaderIds = [leaders[(i + 5) % leaders.Count]],
                LeadUnitId = force.FirstOrDefault(), UnitIds = force, MasterIds = masters,
            }));
            if (!c.IsProgrammeChain)
            {
                continue;
            }
            // Targets for 2023; the 2022 output as the statistics bureau published it for most chains, so that the
            // page shows growth where 2023 figures arrive, and "not reported" where they do not.
            var output2022 = (50 + rng.Next(950)) * 10_000m;
            if (rng.Next(5) > 0)
            {
                await Check(ChainSave.SaveYearAsync(db, t, c.Id, 2022, new ChainYearInput
                {
                    EnteredOutput = output2022, EnteredSource = "市统计局2022年统计年鉴（演示）",
                }));
            }
            decimal growth = 8 + rng.Next(8);
            var entered2023 = rng.Next(3) == 0 ? Math.Round(output2022 * (1m + (growth + rng.Next(-9, 6)) / 100m), 0) : (decimal?)null;
            await Check(ChainSave.SaveYearAsync(db, t, c.Id, 2023, new ChainYearInput
            {
                TargetGrowth = growth, TargetFirms = 20 + rng.Next(200),
                EnteredOutput = entered2023, EnteredSource = entered2023 is null ? null : "产业链专班测算（演示）",
            }));
        }
        foreach (var (name, lines) in DemoChainMaps.Maps)
        {
            if (chains.FirstOrDefault(c => c.Name == name) is { } chain)
            {
                await MapAsync(db, t, chain.Id, lines, rng);
            }
        }
    }

    private static async Task MapAsync(AppDbContext db, Texts t, int chainId, string[] lines, Random rng)
    {
        List<int> firms;
        using (db.Scope.ReadingCityWide())
        {
            firms = await db.Enterprises.Where(e => e.ChainId == chainId).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
        }
        var ids = new Dictionary<string, int>();
        var order = 0;
        foreach (var line in lines)
        {
            var p = line.Split('|');
            NodeStatus? status = p[3] switch { "S" => NodeStatus.Strong, "W" => NodeStatus.Weak, "M" => NodeStatus.Missing, _ => null };
            // A strong node gets several of the chain's firms, a weak one one or two, a missing one none.
            var take = firms.Count == 0 ? 0 : status switch
            {
                NodeStatus.Strong => 3 + rng.Next(4), NodeStatus.Weak => 1 + rng.Next(2), NodeStatus.Missing => 0, _ => rng.Next(4),
            };
            var input = new NodeInput
            {
                Segment = p[0] switch { "U" => ChainSegment.Upstream, "M" => ChainSegment.Midstream, _ => ChainSegment.Downstream },
                Name = p[1], ParentId = p[2].Length > 0 ? ids[p[2]] : null, Status = status, TargetFirms = p[4].Replace('、', '\n'),
                SortOrder = order += 10, FirmIds = [.. Enumerable.Range(0, take).Select(_ => firms[rng.Next(firms.Count)]).Distinct()],
            };
            var saved = await Check(ChainSave.SaveNodeAsync(db, t, chainId, null, input, isDemo: true));
            ids[p[1]] = saved.Id!.Value;
        }
    }

    /// <summary>The chain's two largest demo firms by their latest output, when the registry has any.</summary>
    private static async Task<List<int>> MastersAsync(AppDbContext db, int chainId)
    {
        using var cityWide = db.Scope.ReadingCityWide();
        return await db.EnterpriseYears.Where(y => y.Enterprise!.ChainId == chainId && y.Output != null)
            .GroupBy(y => y.EnterpriseId).Select(g => new { g.Key, Max = g.Max(y => (double)y.Output!.Value) })
            .OrderByDescending(g => g.Max).ThenBy(g => g.Key).Take(2).Select(g => g.Key).ToListAsync();
    }

    private static async Task<ChainSaveResult> Check(Task<ChainSaveResult> save)
    {
        var result = await save;
        return result.Outcome == ChainSaveOutcome.Saved ? result
            : throw new InvalidOperationException($"Demo chain data refused: {result.Outcome} "
                + string.Join("; ", (result.Errors ?? []).Select(e => $"{e.Field}: {e.Message}")));
    }
}
