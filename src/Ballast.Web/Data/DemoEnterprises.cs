using System.Globalization;
using Ballast.Web.Common.Codes;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo registry (演示): about 2,000 firms across the districts and chains with valid codes, their
/// designations (the 2023 targets partly met) and figures for 2021–2023 with gaps; the demo projects' investors
/// among them, so their projects link. Deterministic, and written through the registry's save paths in batches.</summary>
public sealed partial class DemoEnterprises(IServiceProvider sp)
{
    public const int Firms = 2_000;

    private readonly Random _rng = new(20_231);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    private static readonly string[] Brands =
    [
        "海澜", "润泽", "瀚海", "中科", "鼎信", "恒远", "华泰", "蓝海", "博远", "金石", "晨光", "泰和", "德盛", "汇智", "正元", "科联", "万通", "思远",
        "宏达", "远航", "鲁信", "海丰", "百川", "凯瑞", "新航", "启明", "星海", "易联", "天润", "诚达", "嘉禾", "盛邦", "海创", "云帆", "卓越", "安泰",
        "琴岛", "崂润", "胶澳", "黄海", "明德", "华创", "融通", "和信", "永昌", "迈科", "赛维", "融创", "同舟", "海纳", "东润", "鑫源", "德瑞", "华宇",
    ];

    /// <summary>Trades the demo firms follow, with the chains a firm of that trade may belong to (none for most services).</summary>
    private static readonly (string Division, string Trade, int Weight, string[] Chains)[] Trades =
    [
        ("39", "电子科技", 14, ["集成电路", "新型显示", "虚拟现实", "人工智能", "智能家电"]),
        ("34", "智能装备", 12, ["智能制造装备", "通用航空", "轨道交通装备"]), ("36", "汽车零部件", 8, ["新能源汽车"]),
        ("26", "新材料", 8, ["高端化工", "先进高分子及金属材料"]), ("27", "生物医药", 7, ["生物医药及医疗器械"]),
        ("38", "电气", 6, ["智能家电", "新能源汽车", "轨道交通装备"]), ("40", "精密仪器", 4, ["精密仪器仪表"]),
        ("37", "海洋装备", 4, ["海洋装备", "轨道交通装备"]), ("14", "食品", 5, ["食品饮料"]), ("15", "饮料", 2, ["食品饮料"]),
        ("18", "服饰", 4, ["纺织服装"]), ("29", "橡胶制品", 3, ["先进高分子及金属材料"]),
        ("33", "金属制品", 4, ["先进高分子及金属材料", "智能制造装备"]), ("65", "软件", 9, ["软件和信息服务", "人工智能"]),
        ("64", "网络科技", 3, ["软件和信息服务", "虚拟现实"]), ("51", "供应链管理", 4, []), ("52", "商贸", 2, []),
        ("54", "物流", 3, []), ("59", "仓储", 1, []), ("62", "餐饮管理", 1, []),
    ];

    public static Task SeedAsync(IServiceProvider sp) => new DemoEnterprises(sp).RunAsync();

    private async Task RunAsync()
    {
        var db = sp.GetRequiredService<AppDbContext>();
        // Demo firms, not any firm: a registry that already holds real or test firms still gets the demo's beside them.
        if (await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.IsDemo))
        {
            return;
        }
        var districts = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District).OrderBy(u => u.SortOrder).ToListAsync();
        var chains = await db.Chains.AsNoTracking().Where(c => c.IsProgrammeChain && !c.IsPlaceholder).OrderBy(c => c.SortOrder).ToListAsync();
        var inputs = await InvestorsAsync(db);
        while (inputs.Count < Firms)
        {
            inputs.Add(NewFirm(districts[_rng.Next(districts.Count)], chains));
        }
        var batch = sp.GetRequiredService<EnterpriseBatch>();
        foreach (var chunk in inputs.Chunk(500))
        {
            await batch.AddAsync(chunk, (_, e) => e.IsDemo = true);
            db.ChangeTracker.Clear();
        }
        var firms = await db.Enterprises.AsNoTracking().Where(e => e.IsDemo).OrderBy(e => e.Id)
            .Select(e => new DemoFirm(e.Id, e.IndustryDivisionCode, e.OwnerUnitId, 0)).ToListAsync();
        await FiguresAsync(firms);
        db.ChangeTracker.Clear();
        // Designations go mostly to the larger firms, as they do.
        var revenue = await db.EnterpriseYears.AsNoTracking().GroupBy(y => y.EnterpriseId)
            .Select(g => new { Id = g.Key, Revenue = g.Max(y => (double?)y.Revenue) }).ToDictionaryAsync(g => g.Id, g => g.Revenue ?? 0);
        await DesignateAsync([.. firms.Select(f => f with { Revenue = revenue.GetValueOrDefault(f.Id) })]);
        db.ChangeTracker.Clear();
        await InvestorLinks.LinkAllAsync(db);
    }

    private sealed record DemoFirm(int Id, string? Division, int DistrictId, double Revenue)
    {
        public bool Manufacturer => Division is { } d && string.CompareOrdinal(d, "13") >= 0 && string.CompareOrdinal(d, "43") <= 0;
    }

    /// <summary>The demo projects' investors, under the names and codes the projects carry.</summary>
    private async Task<List<EnterpriseInput>> InvestorsAsync(AppDbContext db)
    {
        var investors = await db.Projects.AsNoTracking().Where(p => p.IsDemo && p.InvestorUscc != null && p.InvestorName != null)
            .OrderBy(p => p.Id).Select(p => new { p.InvestorName, p.InvestorUscc, p.OwnerUnitId, p.ChainId, p.IndustryDivisionCode }).ToListAsync();
        var inputs = new List<EnterpriseInput>();
        foreach (var p in investors.DistinctBy(p => p.InvestorUscc).Where(p => _rng.Next(3) > 0).Take(400))
        {
            if (!_codes.Add(p.InvestorUscc!) || !_names.Add(p.InvestorName!) || Uscc.Check(p.InvestorUscc).Status != UsccStatus.Valid)
            {
                continue;
            }
            inputs.Add(new EnterpriseInput
            {
                Name = p.InvestorName!, Uscc = p.InvestorUscc, OwnerUnitId = p.OwnerUnitId, ChainId = p.ChainId,
                IndustryDivisionCode = p.IndustryDivisionCode ?? Pick().Division, Address = "（演示地址）",
            });
        }
        return inputs;
    }

    private EnterpriseInput NewFirm(Unit district, List<Features.Reference.Chain> chains)
    {
        var (division, trade, _, tradeChains) = Pick();
        string name;
        do
        {
            var suffix = _rng.Next(4) == 0 ? "股份有限公司" : "有限公司";
            name = $"青岛{Brands[_rng.Next(Brands.Length)]}{Brands[_rng.Next(Brands.Length)]}{trade}{suffix}";
        }
        while (!_names.Add(name));
        var manufacturer = string.CompareOrdinal(division, "43") <= 0;
        return new EnterpriseInput
        {
            Name = name, Uscc = NewUscc(district.RegionCode ?? "370200"), OwnerUnitId = district.Id, IndustryDivisionCode = division,
            ChainId = manufacturer || _rng.Next(3) == 0 ? ChainOf(tradeChains, chains, _rng.Next(chains.Count)) : null,
            RegisteredCapital = Math.Round((decimal)Math.Exp(5 + (_rng.NextDouble() * 4)), 0),
            FoundedOn = new DateOnly(1990 + _rng.Next(33), 1 + _rng.Next(12), 1 + _rng.Next(28)), IsListed = _rng.Next(60) == 0,
            Address = $"{district.Name}（演示地址）{1 + _rng.Next(300)}号",
        };
    }

    /// <summary>One of the trade's chains (by the same draw as before, so the rest of the demo stays as it was).</summary>
    private static int? ChainOf(string[] names, List<Features.Reference.Chain> chains, int draw)
    {
        var fitting = chains.Where(c => names.Contains(c.Name)).ToList();
        return fitting.Count == 0 ? null : fitting[draw % fitting.Count].Id;
    }

    private (string Division, string Trade, int Weight, string[] Chains) Pick()
    {
        var roll = _rng.Next(Trades.Sum(t => t.Weight));
        foreach (var t in Trades)
        {
            if ((roll -= t.Weight) < 0)
            {
                return t;
            }
        }
        return Trades[0];
    }

    private string NewUscc(string region)
    {
        string code;
        do
        {
            // An organisation code with its GB 11714 check, then the GB 32100 check character.
            int[] w = [3, 7, 9, 10, 5, 8, 4, 2];
            var digits = Enumerable.Range(0, 8).Select(_ => _rng.Next(10)).ToArray();
            var c = 11 - (digits.Select((d, i) => d * w[i]).Sum() % 11);
            var org = string.Concat(digits) + (c == 10 ? "X" : c == 11 ? "0" : c.ToString(CultureInfo.InvariantCulture));
            var first17 = "91" + region + org;
            code = first17 + Uscc.ComputeCheckChar(first17);
        }
        while (!_codes.Add(code));
        return code;
    }
}
