using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Services;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's building economy and service areas (marked 演示), saved through the pages' own save paths.
/// About 120 buildings, 70 % of the specialty target met, tax from the buildings' firms where the demo registry
/// has firms in the district and entered with a source elsewhere; clusters and innovation centres leave the
/// 2023 targets partly met. Deterministic: the same seed gives the same city.</summary>
public static class DemoServices
{
    private static readonly string[] Brands =
        ["海天", "华润", "国信", "鲁商", "中铁", "万象", "环球", "海航", "金茂", "丰合", "银座", "远洋", "中海", "青啤", "港湾", "融海"];

    private static readonly string[] Kinds =
        ["国际金融中心", "科技大厦", "总部大厦", "数字产业园", "财富中心", "商务中心", "创业大厦", "航运中心", "广场", "软件大厦"];

    private static readonly string[] Themes = ["金融", "软件信息", "总部经济", "航运物流", "科技服务", "文化创意", "商务服务", "跨境电商"];

    private static readonly string[] Clusters =
        ["中央商务区", "航运服务集聚区", "科技服务集聚区", "文化创意产业园", "现代物流园", "金融集聚区", "服务外包园区", "电子商务产业园"];

    public static async Task SeedAsync(IServiceProvider sp, int seed = 2023)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.Buildings.AnyAsync(b => b.IsDemo))
        {
            return;
        }
        var rng = new Random(seed);
        var districts = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District || u.Kind == UnitKind.FunctionalArea)
            .OrderBy(u => u.SortOrder).Select(u => new { u.Id, u.Name }).ToListAsync();
        var save = sp.GetRequiredService<BuildingSave>();
        var areas = sp.GetRequiredService<AreaSave>();
        var ids = new List<(int Id, int District)>();
        for (var i = 0; i < 120; i++)
        {
            // The central districts hold most office towers.
            var d = districts[i < 60 ? i % 4 : i % districts.Count];
            var specialty = i % 10 < 5 && i < 100 ? 2020 + i % 4 : (int?)null;
            var input = new BuildingInput
            {
                Name = $"{Brands[i % Brands.Length]}{Kinds[i / Brands.Length % Kinds.Length]}{(i >= Brands.Length * Kinds.Length ? "二期" : "")}",
                OwnerUnitId = d.Id, Address = $"{d.Name}{Brands[(i * 7) % Brands.Length]}路{rng.Next(1, 300)}号", Theme = Themes[rng.Next(Themes.Length)],
                SpecialtyYear = specialty, SpecialtyLevel = specialty is null ? null : i % 9 == 0 ? DesignationLevel.Provincial : DesignationLevel.City,
                FloorAreaM2 = rng.Next(30, 260) * 1000m, OccupancyPercent = rng.Next(55, 99), IsDemo = true,
            };
            var result = await save.CreateAsync(input);
            if (result.Outcome == ServiceSaveOutcome.Saved)
            {
                ids.Add((result.Id!.Value, d.Id));
            }
        }
        await PlaceFirmsAsync(db, sp.GetRequiredService<BuildingTenants>(), ids, rng);
        await EnterTaxAsync(db, save, ids, rng);
        await AreasAsync(areas, districts.Select(d => (d.Id, d.Name)).ToList(), rng);
    }

    /// <summary>Puts demo firms of the registry into the first buildings of their own district, through the page's
    /// own save path. The firm keeps its record in the registry: only the building it occupies is set.</summary>
    private static async Task PlaceFirmsAsync(AppDbContext db, BuildingTenants tenants, List<(int Id, int District)> buildings, Random rng)
    {
        foreach (var group in buildings.Take(40).GroupBy(b => b.District))
        {
            var firms = await db.Enterprises.AsNoTracking().Where(e => e.IsDemo && e.OwnerUnitId == group.Key && e.BuildingId == null)
                .OrderBy(e => e.Id).Take(group.Count() * 8).Select(e => e.Id).ToListAsync();
            var targets = group.ToList();
            for (var i = 0; i < firms.Count; i++)
            {
                await tenants.PlaceAsync(targets[(i + rng.Next(2)) % targets.Count].Id, new TenantInput { EnterpriseId = firms[i] });
            }
        }
    }

    /// <summary>Entered tax for 2021–2023 where no firm reports, with its source; a few buildings report nothing for 2023.</summary>
    private static async Task EnterTaxAsync(AppDbContext db, BuildingSave save, List<(int Id, int District)> buildings, Random rng)
    {
        var withFirms = (await db.Enterprises.Where(e => e.BuildingId != null).Select(e => e.BuildingId!.Value).Distinct().ToListAsync()).ToHashSet();
        foreach (var (b, i) in buildings.Select((b, i) => (b, i)).Where(x => !withFirms.Contains(x.b.Id)))
        {
            // Six in ten towers pay 1 亿 or more; one in ten has not reported 2023 yet.
            var base2023 = i * 7 % 10 < 6 ? rng.Next(10_000, 60_000) : rng.Next(1_500, 9_900);
            for (var year = 2021; year <= 2023; year++)
            {
                if (year == 2023 && i % 10 == 9)
                {
                    continue;
                }
                var tax = year == 2023 ? base2023 : Math.Round(base2023 / (1m + (2023 - year) * 0.08m), 0);
                await save.SaveTaxAsync(b.Id, new BuildingTaxInput
                {
                    Year = year, EnteredTax = tax, Source = year == 2023 ? "区税务局楼宇税收统计（演示）" : $"{year}年楼宇经济年报（演示）",
                });
            }
        }
    }

    /// <summary>Clusters: 32 at city level or above by 2023 against 40; innovation centres: 11 provincial or above against 15,
    /// and a few city-level centres that the provincial count leaves out.</summary>
    private static async Task AreasAsync(AreaSave save, List<(int Id, string Name)> districts, Random rng)
    {
        for (var i = 0; i < 32; i++)
        {
            var d = districts[i % districts.Count];
            await save.CreateAsync(new AreaInput
            {
                KindCode = AreaKinds.Cluster, SubjectName = $"{d.Name}{Clusters[i / districts.Count % Clusters.Length]}", DistrictUnitId = d.Id,
                Level = i % 5 == 0 ? DesignationLevel.Provincial : DesignationLevel.City, Year = 2018 + rng.Next(6),
                SourceDocument = "青岛市服务业集聚区认定名单（演示）", IsDemo = true,
            });
        }
        string[] fields = ["工业设计", "供应链管理", "检验检测", "数字内容", "海洋科技服务", "知识产权服务", "金融科技", "航运服务", "人力资源服务",
            "会展服务", "节能环保服务", "现代物流", "软件测试", "跨境电商服务", "研发设计"];
        for (var i = 0; i < fields.Length; i++)
        {
            var d = districts[(i * 3) % districts.Count];
            await save.CreateAsync(new AreaInput
            {
                KindCode = AreaKinds.InnovationCentre, SubjectName = $"山东省{fields[i]}服务业创新中心（{d.Name}）", DistrictUnitId = d.Id,
                Level = i < 11 ? DesignationLevel.Provincial : DesignationLevel.City, Year = 2020 + i % 4,
                SourceDocument = i < 11 ? "省级服务业创新中心名单（演示）" : "市级服务业创新中心名单（演示）", IsDemo = true,
            });
        }
    }
}
