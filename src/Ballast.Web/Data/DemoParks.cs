using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's fifteen professional parks (marked 演示), saved through the parks' own save paths: one lead
/// chain each, twelve listed by 30 June 2023 and three after or still preparing, "5个1" mostly in place, firms of the
/// park's district (its chain first) entered with a few having left, the park's projects on its key list, and
/// entered 2023 output so that one park is over 500 亿, one between 300 and 500 and two between 100 and 300.
/// Deterministic: the same seed gives the same parks.</summary>
public static class DemoParks
{
    private sealed record Plan(string Code, string Chain, int PlannedMu, DateOnly? ListedOn, decimal? Output2023Yi, bool Benchmark = false);

    private static readonly Plan[] Plans =
    [
        new("park-01", "虚拟现实", 3200, new(2022, 11, 18), 128.6m, true),
        new("park-02", "集成电路", 5600, new(2022, 12, 26), 86.4m),
        new("park-03", "新型显示", 4100, new(2023, 1, 16), null),
        new("park-04", "人工智能", 1800, new(2023, 3, 2), null),
        new("park-05", "智能制造装备", 3900, new(2023, 3, 2), 64.3m),
        new("park-06", "通用航空", 6200, new(2023, 4, 20), null),
        new("park-07", "智能家电", 8800, new(2022, 9, 28), 612.5m, true),
        new("park-08", "轨道交通装备", 7500, new(2022, 9, 28), 386.2m, true),
        new("park-09", "新能源汽车", 9200, new(2023, 2, 8), 152.7m),
        new("park-10", "高端化工", 12000, new(2023, 5, 12), 238.9m),
        new("park-11", "海洋装备", 6800, new(2023, 6, 16), 92.1m),
        new("park-12", "食品饮料", 4300, new(2023, 6, 28), null),
        new("park-13", "生物医药及医疗器械", 2600, new(2023, 9, 22), null),
        new("park-14", "软件和信息服务", 1200, null, null),
        new("park-15", "先进高分子及金属材料", 5100, null, null),
    ];

    private static readonly string[] Leaving = ["经营期满未续租，迁往外市", "亩均效益评价连续两年D类，协商退出", "企业注销"];

    public static async Task SeedAsync(IServiceProvider sp, int seed = 2023)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.Parks.AnyAsync(p => p.IsDemo))
        {
            return;
        }
        var rng = new Random(seed);
        var units = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Park).ToDictionaryAsync(u => u.Code);
        var chains = await db.Chains.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id);
        var save = sp.GetRequiredService<ParkSave>();
        foreach (var plan in Plans.Where(p => units.ContainsKey(p.Code)))
        {
            var unit = units[plan.Code];
            var used = Math.Round(plan.PlannedMu * (decimal)(0.35 + (rng.NextDouble() * 0.5)));
            var result = await save.CreateAsync(unit.Id, new ParkInput
            {
                ChainId = chains.GetValueOrDefault(plan.Chain) is > 0 and var c ? c : null, PlannedAreaMu = plan.PlannedMu, UsedAreaMu = used,
                ListedOn = plan.ListedOn, Status = plan.ListedOn is null ? ParkStatus.Preparing : ParkStatus.Listed, IsBenchmark = plan.Benchmark,
                Address = $"{unit.Name[2..^3]}大道{rng.Next(1, 400)}号", Summary = $"以{plan.Chain}为主导产业的专业园区（演示）", IsDemo = true,
            });
            if (result.Outcome != ParkSaveOutcome.Saved)
            {
                continue;
            }
            var parkId = result.Id!.Value;
            await MechanismsAsync(sp, parkId, plan, rng);
            await FirmsAsync(sp, db, parkId, unit, rng);
            await ListsAsync(sp, db, parkId, unit.Id, rng);
            if (plan.Output2023Yi is { } yi)
            {
                await save.SaveYearAsync(parkId, new ParkYearInput
                {
                    Year = 2023, Output = yi * 10_000m, Revenue = Math.Round(yi * 10_000m * 1.08m), Source = "园区管委会统计（演示）",
                });
                await save.SaveYearAsync(parkId, new ParkYearInput
                {
                    Year = 2022, Output = Math.Round(yi * 10_000m * 0.88m), Source = "园区管委会统计（演示）",
                });
            }
        }
    }

    private static async Task MechanismsAsync(IServiceProvider sp, int parkId, Plan plan, Random rng)
    {
        var save = sp.GetRequiredService<MechanismSave>();
        foreach (var item in Enum.GetValues<MechanismItem>())
        {
            // Listed parks have most of the five in place; the fund comes last.
            var roll = rng.Next(10) + (item == MechanismItem.Fund ? 3 : 0) + (plan.ListedOn is null ? 5 : 0);
            var state = roll < 7 ? MechanismState.InPlace : roll < 11 ? MechanismState.InProgress : MechanismState.Missing;
            await save.SaveAsync(parkId, item, new MechanismInput
            {
                State = state,
                Note = state == MechanismState.Missing ? null : $"{plan.Chain}产业园{item switch
                {
                    MechanismItem.TaskForce => "工作专班，分管副区长任组长",
                    MechanismItem.Plan => "发展规划（2023—2025年）",
                    MechanismItem.PolicyPackage => "扶持政策包",
                    MechanismItem.PromotionTeam => "专业招商队伍",
                    _ => "产业基金",
                }}",
                EvidenceDocument = state == MechanismState.InPlace ? $"青政办字〔2023〕{rng.Next(10, 99)}号（演示）" : null,
            });
        }
    }

    /// <summary>Up to ten firms of the park's district, its chain first, none large enough to carry the park alone.</summary>
    private static async Task FirmsAsync(IServiceProvider sp, AppDbContext db, int parkId, Unit unit, Random rng)
    {
        var district = unit.ParentId ?? unit.Id;
        var districtUnits = await db.Units.AsNoTracking().Where(u => u.Id == district || u.ParentId == district).Select(u => u.Id).ToListAsync();
        var chain = await db.Parks.Where(p => p.Id == parkId).Select(p => p.ChainId).SingleAsync();
        var taken = db.ParkMemberships.Where(m => m.LeftOn == null).Select(m => m.EnterpriseId);
        var firms = await db.Enterprises.AsNoTracking()
            .Where(e => e.IsDemo && districtUnits.Contains(e.OwnerUnitId) && !taken.Contains(e.Id)
                && !db.EnterpriseYears.Any(y => y.EnterpriseId == e.Id && y.Output > 200_000m))
            .OrderBy(e => e.ChainId == chain ? 0 : 1).ThenBy(e => e.Id).Select(e => e.Id).Take(10).ToListAsync();
        var park = sp.GetRequiredService<ParkFirms>();
        for (var i = 0; i < firms.Count; i++)
        {
            var entered = new DateOnly(2019 + rng.Next(5), 1 + rng.Next(12), 1 + rng.Next(28));
            var result = await park.EnterAsync(parkId, new EnterInput { EnterpriseId = firms[i], EnteredOn = entered });
            if (result.Outcome == ParkSaveOutcome.Saved && i % 7 == 6)
            {
                await park.LeaveAsync(parkId, result.Id!.Value, new LeaveInput
                {
                    LeftOn = new DateOnly(2023, 1 + rng.Next(11), 1 + rng.Next(28)) is var left && left > entered ? left : entered.AddMonths(6),
                    Reason = Leaving[rng.Next(Leaving.Length)],
                });
            }
        }
    }

    private static async Task ListsAsync(IServiceProvider sp, AppDbContext db, int parkId, int unitId, Random rng)
    {
        var lists = sp.GetRequiredService<ParkKeyProjects>();
        var projects = await db.Projects.AsNoTracking().Where(p => p.ParkUnitId == unitId && p.MergedIntoId == null)
            .OrderByDescending(p => p.TotalInvestment).Select(p => p.Id).Take(5).ToListAsync();
        foreach (var project in projects)
        {
            await lists.AddAsync(parkId, new KeyProjectInput { Year = 2023, ProjectId = project });
        }
        var items = sp.GetRequiredService<WorkItemSave>();
        string[] titles = ["完成园区控制性详细规划修编", "引进链主或龙头企业项目", "建成标准厂房并交付使用", "组织产业链专题招商活动", "推进园区污水处理设施建设"];
        for (var i = 0; i < 4; i++)
        {
            var due = new DateOnly(2023, 3 * (i + 1), 28);
            // Most are done on time; about one in four stays open past its date, for the chase page.
            var open = rng.Next(4) == 0;
            await items.CreateAsync(parkId, new WorkItemInput
            {
                Year = 2023, Title = titles[(i + rng.Next(titles.Length)) % titles.Length], ResponsibleUnitId = unitId,
                OwnerName = $"{"王李张刘陈杨赵黄"[rng.Next(8)]}{(rng.Next(2) == 0 ? "主任" : "部长")}", DueOn = due,
                State = open ? WorkItemState.Open : WorkItemState.Done, DoneOn = open ? null : due.AddDays(-rng.Next(1, 20)),
                Progress = open ? "前期手续办理中（演示）" : "已完成（演示）",
            });
        }
    }
}
