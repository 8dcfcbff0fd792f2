using Ballast.Web.Common;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Promotion;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's campaigns (marked 演示): the 2023 "青赴全球" trips and promotion events, with delegations, visits and
/// leads — demo projects of investors from the destination linked, and new leads made through the campaign's own lead path,
/// some moved on to signed and started — so the results show projects and investment. Deterministic (seeded).</summary>
public static class DemoCampaigns
{
    private sealed record Plan(string Name, CampaignKind Kind, string Destination, DateOnly Starts, int Days, string Chain, string Country, string[] Firms);

    private static readonly Plan[] Plans =
    [
        new("“青赴全球”中国香港招商推介", CampaignKind.Overseas, "中国香港", new(2023, 2, 20), 3, "智能制造装备", "中国香港",
            ["（演示）香港综合投资集团", "（演示）香港物流地产基金", "（演示）香港中华总商会"]),
        new("“青赴全球”日本·东京经贸洽谈", CampaignKind.Overseas, "日本·东京", new(2023, 3, 13), 5, "智能家电", "日本",
            ["（演示）东京精密电子株式会社", "（演示）日本家电部品商社", "（演示）日本贸易振兴机构东京本部"]),
        new("“青赴全球”韩国·首尔产业合作对接", CampaignKind.Overseas, "韩国·首尔", new(2023, 4, 10), 4, "新能源汽车", "韩国",
            ["（演示）首尔电池材料株式会社", "（演示）韩国汽车零部件协会", "（演示）韩国大韩贸易投资振兴公社"]),
        new("“青赴全球”新加坡投资推介", CampaignKind.Overseas, "新加坡", new(2023, 5, 22), 3, "生物医药及医疗器械", "新加坡",
            ["（演示）新加坡医疗器械集团", "（演示）新加坡主权投资机构", "（演示）新加坡中华总商会"]),
        new("“青赴全球”德国·慕尼黑高端装备招商", CampaignKind.Overseas, "德国·慕尼黑", new(2023, 6, 12), 6, "轨道交通装备", "德国",
            ["（演示）慕尼黑工业自动化公司", "（演示）巴伐利亚精密机械公司", "（演示）德国机械设备制造业联合会"]),
        new("“青赴全球”阿联酋·迪拜经贸交流", CampaignKind.Overseas, "阿联酋·迪拜", new(2023, 9, 18), 4, "高端化工", "阿联酋",
            ["（演示）迪拜港口物流集团", "（演示）阿布扎比化工投资公司", "（演示）迪拜工商会"]),
        new("2023跨国公司领导人青岛峰会", CampaignKind.Event, "中国·青岛", new(2023, 10, 10), 3, "智能制造装备", "",
            ["（演示）世界500强企业代表团", "（演示）跨国公司亚太总部"]),
        new("青岛—日韩产业链合作对接会", CampaignKind.Event, "中国·青岛", new(2023, 11, 16), 2, "海洋装备", "",
            ["（演示）日韩海洋装备企业联合体"]),
    ];

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.Campaigns.AnyAsync())
        {
            return;
        }
        var rng = new Random(20231);
        var owner = await db.Units.Where(u => u.Code == "dept-commerce").Select(u => u.Id).SingleAsync();
        var districts = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District).OrderBy(u => u.SortOrder).Select(u => u.Id).ToListAsync();
        var chains = await db.Chains.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id);
        var save = sp.GetRequiredService<CampaignSave>();
        var leads = sp.GetRequiredService<CampaignLeads>();
        foreach (var plan in Plans)
        {
            var ends = plan.Starts.AddDays(plan.Days - 1);
            var input = new CampaignInput
            {
                Name = plan.Name, Kind = plan.Kind, Destination = plan.Destination, StartsOn = plan.Starts, EndsOn = ends,
                ChainId = chains.GetValueOrDefault(plan.Chain), LeaderName = plan.Kind == CampaignKind.Overseas ? "（演示）市领导" : "（演示）市政府主要领导",
                OwnerUnitId = owner, Summary = $"（演示）围绕{plan.Chain}产业链开展招商推介、拜访企业和项目洽谈。",
                Members =
                [
                    new() { Name = "（演示）带队市领导", Unit = "青岛市人民政府", Title = "副市长" },
                    new() { Name = "（演示）招商专员", Unit = "市商务局", Title = "一级主任科员" },
                    new() { Name = "（演示）产业链专班联络员", Unit = "市工业和信息化局", Title = "四级调研员" },
                ],
                Visits = [.. plan.Firms.Select((f, i) => new VisitInput
                    { FirmName = f, Country = plan.Country.Length > 0 ? plan.Country : null, VisitedOn = plan.Starts.AddDays(i % plan.Days), Note = "（演示）介绍青岛产业布局，了解投资意向" })],
            };
            var saved = await save.SaveAsync(null, input);
            var campaign = saved.Campaign ?? throw new InvalidOperationException($"demo campaign {plan.Name}: {string.Join("; ", saved.Errors)}");
            campaign.IsDemo = true;
            await db.SaveChangesAsync();
            await LinkExistingAsync(db, leads, campaign, plan);
            await AddNewAsync(db, leads, rng, campaign, plan, districts);
        }
    }

    /// <summary>Demo projects of investors from the destination, not yet credited and not signed before the trip.</summary>
    private static async Task LinkExistingAsync(AppDbContext db, CampaignLeads leads, Campaign campaign, Plan plan)
    {
        if (plan.Country.Length == 0)
        {
            return;
        }
        var credited = db.CampaignLeads.Select(l => l.ProjectId);
        var candidates = await db.Projects.AsNoTracking()
            .Where(p => p.IsDemo && p.InvestorCountry == plan.Country && p.MergedIntoId == null && !credited.Contains(p.Id)
                && (p.SignedOn == null || p.SignedOn >= campaign.StartsOn))
            .OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync();
        foreach (var id in candidates)
        {
            await leads.LinkAsync(campaign.Id, new LinkInput { ProjectId = id, GatheredOn = campaign.EndsOn, Note = "（演示）行前对接、活动中深谈" });
        }
    }

    /// <summary>Two or three new leads per campaign, some signed and started later in the year.</summary>
    private static async Task AddNewAsync(AppDbContext db, CampaignLeads leads, Random rng, Campaign campaign, Plan plan, List<int> districts)
    {
        var count = 2 + rng.Next(2);
        for (var i = 0; i < count; i++)
        {
            var amount = (10 + rng.Next(90)) * 1_000m;
            var added = await leads.AddNewAsync(campaign.Id, new LeadInput
            {
                Name = $"（演示）{plan.Firms[i % plan.Firms.Length].Replace("（演示）", "", StringComparison.Ordinal)}{plan.Chain}项目{i + 1}",
                InvestorName = plan.Firms[i % plan.Firms.Length], InvestorCountry = plan.Country.Length > 0 ? plan.Country : null,
                ChainId = campaign.ChainId, EstimatedInvestment = amount, OwnerUnitId = districts[rng.Next(districts.Count)],
                GatheredOn = campaign.EndsOn, NotADuplicate = true,
            });
            if (added.Lead is not { } lead)
            {
                continue;
            }
            var project = await db.Projects.Include(p => p.StageChanges).SingleAsync(p => p.Id == lead.ProjectId);
            project.IsDemo = true;
            var now = db.Time.GetUtcNow();
            var today = CityTime.DateOf(now);
            var talks = campaign.EndsOn.AddDays(7 + rng.Next(20));
            var last = today < new DateOnly(2023, 12, 20) ? today : new DateOnly(2023, 12, 20);
            if (i < 2 && talks <= last)
            {
                StageRules.Move(project, ProjectStage.Negotiating, talks, today, "演示", now);
                var signed = talks.AddDays(20 + rng.Next(60));
                if (i == 0 && signed <= last)
                {
                    StageRules.Move(project, ProjectStage.Signed, signed, today, "演示", now);
                    var started = signed.AddDays(30 + rng.Next(40));
                    if (rng.Next(2) == 0 && started <= last)
                    {
                        StageRules.Move(project, ProjectStage.Started, started, today, "演示", now);
                    }
                }
            }
            await db.SaveChangesAsync();
        }
    }
}
